package com.hindsight.jobs.analyze.spread;

import static com.hindsight.jobs.analyze.spread.SpreadPosts.post;

import com.hindsight.jobs.analyze.AnalyzeOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-built incidents of the spread tests. Every expected metric in the tests was computed
 * by hand from these tables; the session time zone is Asia/Shanghai (+08:00), and the "local"
 * column below is Shanghai time.
 */
final class SpreadIncidents {
    private SpreadIncidents() {
    }

    /**
     * INC-A: eight posts across midnight, given in four different offsets, with a tie for the
     * peak, an empty hour inside the series and an orphan cascade.
     *
     * <pre>
     * id local          given as     channel author follow official parent score views rp cm lk
     * a1 03-04 23:10    23:10+08:00  weibo   bank   5000   true     -        0.2  1000  3  1 10
     * a2 03-04 23:20    15:20Z       weibo   u1     100    false    a1      -0.6    50  1  0  2
     * a3 03-04 23:45    10:45-05:00  wechat  u2     300    false    a1      -0.1     -  -  -  -
     * a4 03-05 00:05    00:05+08:00  weibo   u1     120    false    a2         -    10  0  0  0
     * a5 03-05 00:30    01:30+09:00  douyin  u3     -      -        a2      -0.9    20  0  0  0
     * a6 03-05 00:59:59 16:59:59Z    weibo   u2     300    false    a5       0.0     0  0  0  0
     * a7 03-05 02:15    02:15+08:00  forum   -      -      -        missing  0.5     -  -  -  -
     * a8 03-05 03:40    03:40+08:00  weibo   u4     10     false    a7      -0.3     5  0  0  1
     * </pre>
     *
     * Hours H0 = 03-04 23:00 local (15:00Z) .. H4 = 03-05 03:00 local (19:00Z); H2 is empty.
     * Trees: a1 -> {a2, a3}, a2 -> {a4, a5}, a5 -> a6; orphan a7 -> a8.
     * u1's name changes from "U One" (a2) to "U One Renamed" (a4); u2 has a name only on a3.
     */
    static List<SpreadPosts> incidentA() {
        return List.of(
                post("a1", "INC-A", "2024-03-04T23:10:00+08:00").channel("weibo")
                        .author("bank", "Bank Official", 5000L).official(true).score(0.2)
                        .counts(1000L, 3L, 1L, 10L),
                post("a2", "INC-A", "2024-03-04T15:20:00Z").channel("weibo")
                        .author("u1", "U One", 100L).official(false).parent("a1").score(-0.6)
                        .counts(50L, 1L, 0L, 2L),
                post("a3", "INC-A", "2024-03-04T10:45:00-05:00").channel("wechat")
                        .author("u2", "U Two", 300L).official(false).parent("a1").score(-0.1),
                post("a4", "INC-A", "2024-03-05T00:05:00+08:00").channel("weibo")
                        .author("u1", "U One Renamed", 120L).official(false).parent("a2")
                        .counts(10L, 0L, 0L, 0L),
                post("a5", "INC-A", "2024-03-05T01:30:00+09:00").channel("douyin")
                        .author("u3", "U Three", null).parent("a2").score(-0.9)
                        .counts(20L, 0L, 0L, 0L),
                post("a6", "INC-A", "2024-03-04T16:59:59Z").channel("weibo")
                        .author("u2", null, 300L).official(false).parent("a5").score(0.0)
                        .counts(0L, 0L, 0L, 0L),
                post("a7", "INC-A", "2024-03-05T02:15:00+08:00").channel("forum")
                        .parent("missing").score(0.5, "lexicon"),
                post("a8", "INC-A", "2024-03-05T03:40:00+08:00").channel("weibo")
                        .author("u4", "U Four", 10L).official(false).parent("a7")
                        .score(-0.3, "model")
                        .counts(5L, 0L, 0L, 1L));
    }

    /**
     * INC-C: a single post at 2024-03-06 10:30 local, unscored, replying to a1 of INC-A (a parent
     * in another incident: an orphan root here).
     */
    static SpreadPosts incidentC() {
        return post("c1", "INC-C", "2024-03-06T10:30:00+08:00").channel("news")
                .author("u5", "U Five", 42L).parent("a1");
    }

    /** A post linked to no incident (replying to a1): every metric ignores it. */
    static SpreadPosts unlinked() {
        return post("n1", null, "2024-03-04T23:30:00+08:00").author("u9", "Nobody", 1_000_000L)
                .parent("a1").score(-1.0).counts(99L, 99L, 99L, 99L);
    }

    /**
     * INC-LOOP: parent chains that loop. l1's parent is l3, l3's is l2, l2's is l1 (a loop of
     * three); l4 replies to l2; l5 is its own parent. l1 and l2 were published at the same
     * instant, so the loop breaks at l1 (earliest, then smallest id):
     * l1 -> l2 -> {l3, l4}; l5 alone.
     */
    static List<SpreadPosts> incidentLoop() {
        return List.of(
                post("l1", "INC-LOOP", "2024-03-07T10:00:00+08:00").parent("l3"),
                post("l2", "INC-LOOP", "2024-03-07T10:00:00+08:00").parent("l1"),
                post("l3", "INC-LOOP", "2024-03-07T10:10:00+08:00").parent("l2"),
                post("l4", "INC-LOOP", "2024-03-07T10:20:00+08:00").parent("l2"),
                post("l5", "INC-LOOP", "2024-03-07T11:00:00+08:00").parent("l5"));
    }

    /**
     * INC-B: "news" posts without parents, hourly volumes from G0 = 2024-03-10 08:00 local:
     * G0 1, G1 4 (peak), G2 1, G3 3, G4 0, G5 1, G6 2, G7 1 (13 posts); post k of an hour is
     * published k minutes past it.
     */
    static List<SpreadPosts> incidentB() {
        int[] volumes = {1, 4, 1, 3, 0, 1, 2, 1};
        List<SpreadPosts> posts = new ArrayList<>();
        for (int hour = 0; hour < volumes.length; hour++) {
            for (int k = 0; k < volumes[hour]; k++) {
                posts.add(post("b" + hour + "-" + k, "INC-B",
                        String.format("2024-03-10T%02d:%02d:00+08:00", 8 + hour, k))
                        .channel("news"));
            }
        }
        return posts;
    }

    /**
     * INC-D: an author whose reply sits inside their own cascade. d1 (x) -> d2 (y) -> d3 (x) ->
     * d4 (z), and d3 -> d5 (y).
     */
    static List<SpreadPosts> incidentD() {
        return List.of(
                post("d1", "INC-D", "2024-03-08T09:00:00+08:00").author("x", "X", 10L),
                post("d2", "INC-D", "2024-03-08T09:01:00+08:00").author("y", "Y", 20L)
                        .parent("d1"),
                post("d3", "INC-D", "2024-03-08T09:02:00+08:00").author("x", "X", 10L)
                        .parent("d2"),
                post("d4", "INC-D", "2024-03-08T09:03:00+08:00").author("z", "Z", 30L)
                        .parent("d3"),
                post("d5", "INC-D", "2024-03-08T09:04:00+08:00").author("y", "Y", 20L)
                        .parent("d3"));
    }

    /** The default options with the given thresholds. */
    static AnalyzeOptions options(double negativeBelow, double subsideShare, int subsideHours,
                                  int topSpreaders) {
        AnalyzeOptions d = AnalyzeOptions.defaults();
        return new AnalyzeOptions(negativeBelow, subsideShare, subsideHours,
                d.effectWindowHours(), d.responseTargets(), d.alertRules(),
                d.firstContactTarget(), d.resolutionTarget(), topSpreaders);
    }

    static List<SpreadPosts> with(List<SpreadPosts> first, SpreadPosts... more) {
        List<SpreadPosts> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
