package com.hindsight.reports.metrics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An incident's hourly volume as dense arrays: every hour of {@code hourly} (dense from the first
 * to the last mention hour) with its posts, negative and scored posts, and the posts of each
 * channel from the sparse {@code hourly_by_channel}, 0 where a channel had none. Memory: a few
 * longs per hour and channel (10,000 hours × 10 channels ≈ 1 MB).
 */
public final class HourlySeries {
    private final List<OffsetDateTime> hours;
    private final long[] posts;
    private final long[] negativePosts;
    private final long[] scoredPosts;
    private final Map<String, long[]> postsByChannel;

    private HourlySeries(List<OffsetDateTime> hours, long[] posts, long[] negativePosts,
                         long[] scoredPosts, Map<String, long[]> postsByChannel) {
        this.hours = hours;
        this.posts = posts;
        this.negativePosts = negativePosts;
        this.scoredPosts = scoredPosts;
        this.postsByChannel = postsByChannel;
    }

    public static HourlySeries of(IncidentMetrics metrics) {
        List<MetricsNode> hourly = metrics.document().list("hourly");
        int n = hourly.size();
        List<OffsetDateTime> hours = new ArrayList<>(n);
        long[] posts = new long[n];
        long[] negative = new long[n];
        long[] scored = new long[n];
        Map<Instant, Integer> position = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            MetricsNode row = hourly.get(i);
            OffsetDateTime hour = required(row, "hour");
            hours.add(hour);
            position.put(hour.toInstant(), i);
            posts[i] = row.countOrZero("posts");
            negative[i] = row.countOrZero("negative_posts");
            scored[i] = row.countOrZero("scored_posts");
        }
        Map<String, long[]> byChannel = new TreeMap<>();
        for (MetricsNode row : metrics.document().list("hourly_by_channel")) {
            OffsetDateTime hour = required(row, "hour");
            Integer at = position.get(hour.toInstant());
            if (at == null) {
                throw new MetricsDocumentException(metrics.file(), "key \"hourly_by_channel\" has"
                        + " hour " + hour + ", which is not in \"hourly\"");
            }
            String channel = row.requiredText("channel");
            byChannel.computeIfAbsent(channel, c -> new long[n])[at] += row.countOrZero("posts");
        }
        return new HourlySeries(Collections.unmodifiableList(hours), posts, negative, scored,
                Collections.unmodifiableMap(byChannel));
    }

    private static OffsetDateTime required(MetricsNode row, String key) {
        OffsetDateTime value = row.instant(key);
        if (value == null) {
            row.requiredText(key);
        }
        return value;
    }

    public int size() {
        return hours.size();
    }

    public OffsetDateTime hour(int i) {
        return hours.get(i);
    }

    public long posts(int i) {
        return posts[i];
    }

    public long negativePosts(int i) {
        return negativePosts[i];
    }

    public long scoredPosts(int i) {
        return scoredPosts[i];
    }

    /** Negative posts / scored posts of the hour; null when nothing was scored. */
    public Double negativeShare(int i) {
        return scoredPosts[i] == 0 ? null : (double) negativePosts[i] / scoredPosts[i];
    }

    /**
     * The fewest scored posts an hour needs for its negative share to be charted: one or two
     * posts make a share of 0 % or 100 %, which reads as drama, not signal. The table keeps
     * every hour's share; docs/reports.md documents the rule.
     */
    public static final int MIN_SCORED_POSTS_FOR_SHARE = 10;

    /** The hour's negative share when it rests on enough posts to chart, else null. */
    public Double chartedNegativeShare(int i) {
        return scoredPosts[i] < MIN_SCORED_POSTS_FOR_SHARE ? null : negativeShare(i);
    }

    /**
     * The {@code count} channels with the most posts, most first (ties by name): the ones charts
     * name; the rest are summed as "other".
     */
    public List<String> mainChannels(int count) {
        List<String> channels = new ArrayList<>(postsByChannel.keySet());
        channels.sort(java.util.Comparator.comparingLong((String c) -> -total(c))
                .thenComparing(java.util.Comparator.naturalOrder()));
        return List.copyOf(channels.subList(0, Math.min(count, channels.size())));
    }

    /** The posts of the hour in every channel not in {@code named}. */
    public long postsOutside(List<String> named, int i) {
        long sum = 0;
        for (Map.Entry<String, long[]> channel : postsByChannel.entrySet()) {
            if (!named.contains(channel.getKey())) {
                sum += channel.getValue()[i];
            }
        }
        return sum;
    }

    private long total(String channel) {
        long sum = 0;
        for (long posts : postsByChannel.get(channel)) {
            sum += posts;
        }
        return sum;
    }

    /** The channels with at least one post, in name order. */
    public List<String> channels() {
        return List.copyOf(postsByChannel.keySet());
    }

    public long posts(String channel, int i) {
        return postsByChannel.get(channel)[i];
    }

    /** The zone the hours are in (the offset the metrics were written with). */
    public ZoneOffset zone() {
        return hours.isEmpty() ? ZoneOffset.UTC : hours.get(0).getOffset();
    }
}
