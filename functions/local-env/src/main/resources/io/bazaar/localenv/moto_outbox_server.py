"""moto's AWS APIs plus GET /_bazaar/outbox: the e-mails and SMS moto captured, for Bazaar's tests and local run.

Usage: python3 moto_outbox_server.py --host 127.0.0.1 --port 5000
"""
import argparse
import json
import signal
import sys
import threading
from email import message_from_string, policy

try:
    from moto.server import DomainDispatcherApplication, create_backend_app
    from werkzeug.serving import run_simple
except ImportError as error:
    print(f"moto is not installed for {sys.executable} ({error}); "
          "install it with: pip install 'moto[server]'", file=sys.stderr)
    sys.exit(3)

OUTBOX_PATH = "/_bazaar/outbox"


def existing_backends(backends):
    """Every backend moto created, across accounts and regions, without creating new ones."""
    for account in list(dict.values(backends)):
        yield from list(dict.values(account))


def addresses(destinations):
    if isinstance(destinations, dict):
        return [address for kind in ("ToAddresses", "CcAddresses", "BccAddresses")
                for address in destinations.get(kind) or []]
    flat = []
    for destination in destinations or []:
        # bulk templated sends keep one {"Destination": {...}} per recipient group
        flat.extend(addresses(destination["Destination"]) if isinstance(destination, dict) else [destination])
    return flat


def raw_email(message):
    parsed = message_from_string(message.raw_data, policy=policy.default)
    body = parsed.get_body(preferencelist=("plain", "html"))
    destinations = addresses(message.destinations)
    if not destinations:
        destinations = [str(a) for header in ("To", "Cc", "Bcc") for a in parsed.get_all(header) or []]
    return {"source": message.source, "destinations": destinations, "subject": str(parsed.get("Subject", "")),
            "body": body.get_content() if body is not None else message.raw_data}


def email(message):
    if hasattr(message, "raw_data"):
        return raw_email(message)
    if hasattr(message, "template"):
        return {"source": message.source, "destinations": addresses(message.destinations),
                "subject": message.template, "body": message.template_data}
    return {"source": message.source, "destinations": addresses(message.destinations),
            "subject": message.subject, "body": message.body}


def outbox():
    from moto.ses.models import ses_backends
    from moto.sns.models import sns_backends
    emails = [email(message) for backend in existing_backends(ses_backends)
              for message in list(backend.sent_messages) if hasattr(message, "source")]
    sms = [{"phoneNumber": phone, "message": text} for backend in existing_backends(sns_backends)
           for phone, text in list(backend.sms_messages.values())]
    return {"emails": emails, "sms": sms}


class OutboxMiddleware:
    """Answers GET /_bazaar/outbox itself and hands every other request to moto.

    DynamoDB requests run one at a time: moto checks a condition expression and then writes without a lock, so two
    concurrent conditional writes could both pass, which real DynamoDB never allows. Optimistic locking in Bazaar
    (carts, codes, idempotency keys) is tested for real only when the emulator keeps that promise too.
    """

    def __init__(self, app):
        self.app = app
        self.dynamodb = threading.Lock()

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO") == OUTBOX_PATH and environ.get("REQUEST_METHOD") == "GET":
            body = json.dumps(outbox()).encode("utf-8")
            start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
            return [body]
        if environ.get("HTTP_X_AMZ_TARGET", "").startswith("DynamoDB"):
            with self.dynamodb:
                return list(self.app(environ, start_response))
        return self.app(environ, start_response)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    app = OutboxMiddleware(DomainDispatcherApplication(create_backend_app))
    run_simple(args.host, args.port, app, threaded=True)


if __name__ == "__main__":
    main()
