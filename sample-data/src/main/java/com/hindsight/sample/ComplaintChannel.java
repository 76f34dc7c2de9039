package com.hindsight.sample;

import com.hindsight.model.Vocabulary;

/**
 * Complaint channels, how often each is used, and when complaints through it arrive: the hotline
 * and the app around the clock (fewer at night), branches during opening hours, the regulator's
 * forwards days later on working hours.
 */
enum ComplaintChannel {
    HOTLINE("hotline", 38),
    APP("app", 17),
    WEB("web", 9),
    BRANCH("branch", 13),
    EMAIL("email", 5),
    SOCIAL("social", 13),
    REGULATOR("regulator", 5);

    private final String value;
    private final double weight;

    ComplaintChannel(String value, double weight) {
        if (!Vocabulary.COMPLAINT_CHANNELS.contains(value)) {
            throw new IllegalStateException("complaint channel " + value + " is not in the vocabulary");
        }
        this.value = value;
        this.weight = weight;
    }

    String value() {
        return value;
    }

    static double[] weights() {
        ComplaintChannel[] all = values();
        double[] w = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            w[i] = all[i].weight;
        }
        return w;
    }
}
