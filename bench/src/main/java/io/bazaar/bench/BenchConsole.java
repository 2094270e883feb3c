package io.bazaar.bench;

import java.util.logging.Handler;
import java.util.logging.Level;

import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/** How every benchmark prints: results on stdout in sections, logs of the servers it starts on stderr. */
final class BenchConsole {

    private BenchConsole() {
    }

    static void section(String title) {
        System.out.println("\n== " + title);
    }

    static void say(String format, Object... args) {
        System.out.println(String.format(format, args));
    }

    static void logToConsole() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.setLevel(Level.INFO);
        root.addHandler(new ConsoleHandler(ConsoleHandler.Target.SYSTEM_ERR,
                new PatternFormatter("%d{HH:mm:ss,SSS} %-5p [%c{1}] %s%e%n")));
    }
}
