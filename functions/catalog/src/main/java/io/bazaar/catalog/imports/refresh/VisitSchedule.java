package io.bazaar.catalog.imports.refresh;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.imports.ImportsConfig;

/**
 * How long until an imported page is visited again: a page that changed is visited twice as often, one that did not
 * two thirds as often, between the configured shortest and longest intervals. Pages that change often so settle at
 * short intervals and quiet ones drift towards a weekly visit.
 */
@ApplicationScoped
public class VisitSchedule {

    private final ImportsConfig.Refresh config;

    VisitSchedule(ImportsConfig config) {
        this.config = config.refresh();
    }

    public Duration first() {
        return clamp(config.initialInterval());
    }

    public Duration after(Duration previous, boolean changed) {
        return clamp(changed ? previous.dividedBy(2) : previous.multipliedBy(3).dividedBy(2));
    }

    private Duration clamp(Duration interval) {
        if (interval.compareTo(config.minInterval()) < 0) {
            return config.minInterval();
        }
        return interval.compareTo(config.maxInterval()) > 0 ? config.maxInterval() : interval;
    }
}
