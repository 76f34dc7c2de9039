package com.hindsight.sample;

/**
 * One post while its cascade is being built. Mutable on purpose: the counts of a post are only
 * known once all of its cascade exists, and a cascade is the largest unit held in memory.
 */
final class Post {
    /** How a post relates to its parent. */
    enum Kind {
        ORIGINAL, REPOST, COMMENT
    }

    String id;
    Channel channel;
    Kind kind;
    long publishedAt;
    long crawledAt;
    String text;
    String incidentId;
    String title;
    String url;
    Author author;
    boolean official;
    /** The parent while the cascade is built; dropped from re-crawled copies. */
    Post parent;
    String parentId;
    int depth;
    long reposts;
    long comments;
    long likes;
    long views = -1;
    Language language;
    Double sentiment;
    boolean oddlyCasedChannel;
    int childReposts;
    int childComments;

    String parentId() {
        return parentId;
    }

    Channel channel() {
        return channel;
    }

    String authorName() {
        return author.name();
    }

    String text() {
        return text;
    }

    /** A copy as the crawler saw it again later: same id and text, higher counts. */
    Post recrawled(long crawledAt, double growth) {
        Post copy = new Post();
        copy.id = id;
        copy.channel = channel;
        copy.kind = kind;
        copy.publishedAt = publishedAt;
        copy.crawledAt = crawledAt;
        copy.text = text;
        copy.incidentId = incidentId;
        copy.title = title;
        copy.url = url;
        copy.author = author;
        copy.official = official;
        copy.parentId = parentId;
        copy.depth = depth;
        copy.reposts = grow(reposts, growth);
        copy.comments = grow(comments, growth);
        copy.likes = grow(likes, growth) + 1;
        copy.views = views < 0 ? views : grow(views, growth) + 1;
        copy.language = language;
        copy.sentiment = sentiment;
        copy.oddlyCasedChannel = oddlyCasedChannel;
        return copy;
    }

    private static long grow(long value, double growth) {
        return (long) Math.ceil(value * growth);
    }
}
