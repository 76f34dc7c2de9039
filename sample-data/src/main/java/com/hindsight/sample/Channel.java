package com.hindsight.sample;

import com.hindsight.model.Vocabulary;

/**
 * The media channels the generator writes, each with how its crawler writes records: the id
 * prefix, the timestamp form, and whether its posts go to the news CSV, the forum JSON Lines or
 * the social shards.
 */
enum Channel {
    WEIBO("weibo", "wb", Times.Style.ISO_OFFSET),
    WECHAT("wechat", "wx", Times.Style.ISO_OFFSET),
    DOUYIN("douyin", "dy", Times.Style.EPOCH_MILLIS),
    KUAISHOU("kuaishou", "ks", Times.Style.EPOCH_MILLIS),
    FORUM("forum", "bbs", Times.Style.ISO_OFFSET),
    NEWS("news", "news", Times.Style.ISO_OFFSET),
    TWITTER("twitter", "tw", Times.Style.ISO_UTC),
    FACEBOOK("facebook", "fb", Times.Style.ISO_OFFSET);

    private final String value;
    private final String prefix;
    private final Times.Style timeStyle;

    Channel(String value, String prefix, Times.Style timeStyle) {
        if (!Vocabulary.MEDIA_CHANNELS.contains(value)) {
            throw new IllegalStateException("channel " + value + " is not in the vocabulary");
        }
        this.value = value;
        this.prefix = prefix;
        this.timeStyle = timeStyle;
    }

    String value() {
        return value;
    }

    /** How a few records spell the channel; ingest lower-cases enum values. */
    String oddlyCased() {
        switch (this) {
            case WEIBO:
                return "Weibo";
            case WECHAT:
                return "WeChat";
            case DOUYIN:
                return "DOUYIN";
            case TWITTER:
                return "Twitter";
            default:
                return value.toUpperCase(java.util.Locale.ROOT);
        }
    }

    String prefix() {
        return prefix;
    }

    Times.Style timeStyle() {
        return timeStyle;
    }

    boolean isInternational() {
        return this == TWITTER || this == FACEBOOK;
    }
}
