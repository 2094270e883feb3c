// CloudFront Function (viewer request) of the web bucket's behaviour: the storefront and the console are
// single-page apps with history-mode routes, so a page path that names no file gets its app's index.html.
// Paths whose last segment has a file extension are files of the build and are fetched as they are.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.lastIndexOf('.') > uri.lastIndexOf('/')) {
    return request;
  }
  if (uri === '/console' || uri.indexOf('/console/') === 0) {
    request.uri = '/console/index.html';
  } else {
    request.uri = '/index.html';
  }
  return request;
}
