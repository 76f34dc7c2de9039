package com.hindsight.sample;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one incident's posts as cascades, then its share of unrelated noise, then the re-crawled
 * copies of about one post in a hundred.
 *
 * <p>The first cascade starts at the first mention. Other roots are placed on a gamma-shaped
 * attention curve (a rise to a peak within hours, then a decay over days), thinned at night.
 * Each cascade's size grows with its root's followers, so a big-V root draws hundreds of reposts
 * and most roots draw a handful. A new repost or comment attaches to the root with a probability
 * that grows with the root's reach, otherwise to one of the latest posts weighted by their
 * followers: preferential attachment to reach and recency, which keeps most cascades one to three
 * levels deep and lets a few relay chains reach eight or more.
 *
 * <p>Memory: one cascade at a time (at most a sixth of the incident's posts) plus the pending
 * re-crawled copies.
 */
final class IncidentMedia {
    /** Probability that a post that mentions the incident still carries its id. */
    static final double LABEL_IF_MENTIONED = 0.3;
    static final double SENTIMENT_PRESENT = 0.7;
    static final double DUPLICATE_SHARE = 0.01;

    private static final Channel[] ROOT_CHANNELS = {
        Channel.WEIBO, Channel.WECHAT, Channel.DOUYIN, Channel.KUAISHOU, Channel.FORUM, Channel.NEWS,
        Channel.TWITTER, Channel.FACEBOOK
    };
    private static final double[] ROOT_WEIGHTS = {46, 8, 7, 4, 6, 10, 10, 5};
    private static final double[] NOISE_WEIGHTS = {60, 10, 8, 5, 7, 0, 6, 4};
    private static final int WINDOW = 40;

    private final IncidentPlan plan;
    private final long seed;
    private final long population;
    private final MediaSink sink;
    private final SplittableRandom random;
    private final IncidentTexts texts;
    private final List<Post> recrawls = new ArrayList<>();
    private final long cap;
    private long remaining;
    private long sequence;
    private long written;
    private final long[] negative = new long[2];
    private final long[] toned = new long[2];

    IncidentMedia(IncidentPlan plan, GeneratorConfig config, MediaSink sink) {
        this.plan = plan;
        this.seed = config.seed();
        this.population = 30_000L + 3_000L * config.scale();
        this.sink = sink;
        this.random = Seeds.random(config.seed(), Seeds.Purpose.MEDIA, plan.index());
        this.texts = new IncidentTexts(plan, random);
        this.remaining = plan.postBudget();
        this.cap = Math.max(40, plan.postBudget() / 10);
    }

    /** Writes the incident's posts, noise and duplicates; returns the number of incident posts. */
    long write() throws IOException {
        // the post that started it: an ordinary account whose post went viral
        Post first = original(plan.firstMention(), Channel.WEIBO, Language.ZH, Tone.NEGATIVE, drawAuthor(Channel.WEIBO));
        cascade(first, (long) (plan.postBudget() * Draw.uniform(random, 0.04, 0.07)));

        List<Long> statements = plan.statements();
        for (int k = 0; k < statements.size() && remaining > 0; k++) {
            Post statement = official(Channel.WEIBO, statements.get(k), k, k == statements.size() - 1);
            double share = k > 0 ? Draw.uniform(random, 0.01, 0.03)
                    : plan.goodResponse() ? Draw.uniform(random, 0.04, 0.07) : Draw.uniform(random, 0.02, 0.04);
            cascade(statement, (long) (plan.postBudget() * share));
        }
        if (plan.wechatStatement() >= 0 && remaining > 0) {
            Post statement = official(Channel.WECHAT, plan.wechatStatement(), 0, false);
            cascade(statement, 3 + random.nextInt(25));
        }
        while (remaining > 0) {
            long t = rootTime();
            Channel channel = ROOT_CHANNELS[Draw.weighted(random, ROOT_WEIGHTS)];
            Post root = channel == Channel.NEWS ? news(t) : original(t, channel, language(channel),
                    Tone.draw(random, plan.negativeShare(t), plan.positiveShareOfRest(t)), drawAuthor(channel));
            cascade(root, descendants(root));
        }
        long incidentPosts = written;
        writeNoise();
        for (Post copy : recrawls) {
            sink.writeDuplicate(copy, newsStyle(copy));
        }
        return incidentPosts;
    }

    private void cascade(Post root, long wanted) throws IOException {
        long size = Math.max(0, Math.min(Math.min(wanted, cap), remaining - 1));
        List<Post> nodes = new ArrayList<>((int) size + 1);
        double[] weights = new double[(int) size + 1];
        assignId(root);
        nodes.add(root);
        weights[0] = reach(root);
        double pRoot = 0.5 + 0.35 * Math.min(1.0, StrictMath.log10(root.author.followers() + 1.0) / 7.0);
        boolean relay = size >= 20 && random.nextDouble() < 0.06;
        int relayDepth = 8 + random.nextInt(7);
        for (int j = 1; j <= size; j++) {
            Post parent = parent(nodes, weights, pRoot, relay, relayDepth);
            Post child = child(parent);
            assignId(child);
            nodes.add(child);
            weights[j] = reach(child);
        }
        for (Post p : nodes) {
            counts(p);
            finish(p);
            sink.write(p, newsStyle(p));
            written++;
            remaining--;
            if (random.nextDouble() < DUPLICATE_SHARE) {
                recrawls.add(p.recrawled(p.crawledAt + Draw.uniform(random, 6 * 3600L, 48 * 3600L),
                        Draw.uniform(random, 1.05, 1.6)));
            }
        }
    }

    private Post parent(List<Post> nodes, double[] weights, double pRoot, boolean relay, int relayDepth) {
        int n = nodes.size();
        if (relay && nodes.get(n - 1).depth < relayDepth && random.nextDouble() < 0.9) {
            return nodes.get(n - 1);
        }
        if (random.nextDouble() < pRoot) {
            return nodes.get(0);
        }
        int from = Math.max(0, n - WINDOW);
        double total = 0;
        for (int i = from; i < n; i++) {
            total += weights[i] * (1.0 + 2.0 * (i - from) / WINDOW);
        }
        double r = random.nextDouble() * total;
        for (int i = from; i < n; i++) {
            r -= weights[i] * (1.0 + 2.0 * (i - from) / WINDOW);
            if (r < 0) {
                return nodes.get(i);
            }
        }
        return nodes.get(n - 1);
    }

    private static double reach(Post p) {
        return StrictMath.pow(p.author.followers() + 10.0, 0.6);
    }

    /**
     * Number of reposts and comments a root draws: grows with its followers, shrinks as interest
     * fades after the peak, log-normal noise. Posts abroad draw fewer.
     */
    private long descendants(Post root) {
        double median = root.channel == Channel.NEWS ? 0.3 * StrictMath.pow(root.author.followers() + 1.0, 0.25)
                : 0.05 * StrictMath.pow(root.author.followers() + 1.0, 0.55);
        double sincePeak = root.publishedAt - plan.firstMention() - plan.peakSeconds();
        if (sincePeak > 0) {
            median *= StrictMath.exp(-sincePeak / (2 * plan.decaySeconds()));
        }
        long wanted = (long) Draw.logNormal(random, median, 1.2);
        return root.channel.isInternational() ? Math.min(wanted, cap / 4) : wanted;
    }

    private Post child(Post parent) {
        Post p = new Post();
        p.parent = parent;
        p.parentId = parent.id;
        p.depth = parent.depth + 1;
        p.channel = parent.channel == Channel.NEWS ? (random.nextDouble() < 0.9 ? Channel.WEIBO : Channel.WECHAT)
                : parent.channel;
        p.kind = parent.kind != Post.Kind.COMMENT && random.nextDouble() < repostShare(p.channel)
                ? Post.Kind.REPOST : Post.Kind.COMMENT;
        double lagMinutes = Draw.logNormal(random, p.kind == Post.Kind.REPOST ? 20 : 12, 1.5);
        p.publishedAt = awake(parent.publishedAt + Math.max(20, (long) (lagMinutes * 60)));
        p.language = childLanguage(p.channel, parent.language);
        p.author = drawAuthor(p.channel);
        Tone tone = Tone.draw(random, plan.negativeShare(p.publishedAt), plan.positiveShareOfRest(p.publishedAt));
        observe(p.publishedAt, tone);
        p.text = p.kind == Post.Kind.REPOST ? texts.repost(p.language, tone, parent)
                : texts.reply(p.language, tone, parent.official, parent.authorName());
        p.sentiment = random.nextDouble() < SENTIMENT_PRESENT ? tone.score(random) : null;
        if (p.kind == Post.Kind.REPOST) {
            parent.childReposts++;
        } else {
            parent.childComments++;
        }
        return p;
    }

    private Post original(long t, Channel channel, Language language, Tone tone, Author author) {
        Post p = new Post();
        p.channel = channel;
        p.kind = Post.Kind.ORIGINAL;
        p.publishedAt = t;
        p.language = language;
        p.author = author;
        observe(t, tone);
        p.text = texts.original(channel, language, tone);
        p.sentiment = random.nextDouble() < SENTIMENT_PRESENT ? tone.score(random) : null;
        return p;
    }

    private Post official(Channel channel, long t, int number, boolean last) {
        Post p = new Post();
        p.channel = channel;
        p.kind = Post.Kind.ORIGINAL;
        p.publishedAt = t;
        p.language = Language.ZH;
        p.official = true;
        Bank bank = plan.bank();
        long followers = 800_000L + (Bank.ALL.indexOf(bank) * 7_919_113L) % 4_000_000L;
        p.author = new Author(bank.officialAuthorId(channel.prefix()),
                channel == Channel.WECHAT ? bank.wechatAccount() : bank.weiboAccount(), followers);
        p.text = number == 0 ? texts.firstStatement(plan.goodResponse()) : texts.followUp(number, last);
        p.sentiment = random.nextDouble() < 0.5 ? Draw.round2(Draw.uniform(random, 0.05, 0.35)) : null;
        return p;
    }

    private Post news(long t) {
        Lexicon.Outlet outlet = Draw.pick(random, Lexicon.OUTLETS);
        Post p = new Post();
        p.channel = Channel.NEWS;
        p.kind = Post.Kind.ORIGINAL;
        p.publishedAt = t;
        p.language = outlet.english() ? Language.EN : Language.ZH;
        p.author = new Author("news-" + outlet.host().substring(0, outlet.host().indexOf('.')), outlet.name(),
                outlet.followers());
        String[] article = texts.news(outlet, t >= plan.firstStatement());
        p.title = article[0];
        p.text = article[1];
        Tone tone = t >= plan.firstStatement() && plan.goodResponse() ? Tone.NEUTRAL : Tone.NEGATIVE;
        p.sentiment = random.nextDouble() < SENTIMENT_PRESENT ? tone.score(random) : null;
        return p;
    }

    /** Counts tones before the first statement and in the day after its first two hours. */
    private void observe(long t, Tone tone) {
        long first = plan.firstStatement();
        int window = t < first ? 0 : t >= first + 2 * 3600 && t < first + 26 * 3600 ? 1 : -1;
        if (window >= 0) {
            toned[window]++;
            if (tone == Tone.NEGATIVE) {
                negative[window]++;
            }
        }
    }

    /** Share of negative posts before the first statement. */
    double negativeShareBefore() {
        return toned[0] == 0 ? 0 : (double) negative[0] / toned[0];
    }

    /** Share of negative posts from two to 26 hours after the first statement. */
    double negativeShareAfter() {
        return toned[1] == 0 ? 0 : (double) negative[1] / toned[1];
    }

    private void assignId(Post p) {
        p.id = p.channel.prefix() + "-" + Times.pad(plan.index(), 3) + "-" + Times.pad(sequence++, 7);
    }

    /** Labels, crawl time and the odd spelling, once the post's text is final. */
    private void finish(Post p) {
        if (p.channel == Channel.NEWS) {
            p.url = "https://" + newsHost(p) + "/a/" + Times.date(Times.localDate(p.publishedAt)).replace("-", "")
                    + "/" + p.id + ".html";
        }
        boolean mentions = texts.mentionsIncident(p.text) || (p.title != null && texts.mentionsIncident(p.title));
        p.incidentId = p.official || !mentions || random.nextDouble() < LABEL_IF_MENTIONED ? plan.id() : null;
        p.crawledAt = p.publishedAt + Math.max(30, (long) (Draw.logNormal(random, 25, 1.3) * 60));
        p.oddlyCasedChannel = random.nextDouble() < 0.01;
    }

    private static String newsHost(Post p) {
        for (Lexicon.Outlet o : Lexicon.OUTLETS) {
            if (o.name().equals(p.author.name())) {
                return o.host();
            }
        }
        throw new IllegalStateException("no outlet " + p.author.name());
    }

    private Times.Style newsStyle(Post p) {
        if (p.channel != Channel.NEWS) {
            return p.channel.timeStyle();
        }
        for (Lexicon.Outlet o : Lexicon.OUTLETS) {
            if (o.name().equals(p.author.name())) {
                return o.localTime() ? Times.Style.LOCAL : Times.Style.ISO_OFFSET;
            }
        }
        return Times.Style.ISO_OFFSET;
    }

    /** Observed counts: at least the children in the archive, plus those the crawler did not see. */
    private void counts(Post p) {
        long followers = p.author.followers();
        boolean original = p.kind == Post.Kind.ORIGINAL;
        p.reposts = p.childReposts + (long) (p.childReposts * 1.2 * random.nextDouble())
                + (original ? (long) (followers * 1e-5 * random.nextDouble()) : 0);
        p.comments = p.childComments + (long) (p.childComments * 1.5 * random.nextDouble())
                + (original ? (long) (followers * 1.5e-5 * random.nextDouble()) : 0);
        p.likes = (long) ((p.reposts + p.comments) * Draw.uniform(random, 1, 5))
                + (long) (followers * 0.001 * random.nextDouble()) + random.nextInt(4);
        if (p.kind == Post.Kind.COMMENT || p.channel == Channel.NEWS) {
            p.views = -1;
            return;
        }
        long interactions = p.reposts + p.comments;
        switch (p.channel) {
            case DOUYIN:
            case KUAISHOU:
                p.views = (long) (followers * Draw.uniform(random, 0.3, 3.0)) + (long) (p.likes * Draw.uniform(random, 10, 40))
                        + random.nextInt(500);
                break;
            case FORUM:
                p.views = 30 + random.nextInt(3000) + interactions * 40;
                break;
            default:
                p.views = (long) (followers * Draw.uniform(random, 0.05, 0.5))
                        + (long) (interactions * Draw.uniform(random, 20, 200)) + random.nextInt(50);
        }
    }

    private void writeNoise() throws IOException {
        SplittableRandom r = Seeds.random(seed, Seeds.Purpose.NOISE, plan.index());
        IncidentTexts noiseTexts = new IncidentTexts(plan, r);
        long start = plan.firstMention() - Times.DAY;
        for (long k = 0; k < plan.noiseBudget(); k++) {
            Post p = new Post();
            p.channel = ROOT_CHANNELS[Draw.weighted(r, NOISE_WEIGHTS)];
            p.kind = Post.Kind.ORIGINAL;
            double u = r.nextDouble();
            p.language = p.channel.isInternational() ? (u < 0.7 ? Language.EN : Language.ES)
                    : u < 0.97 ? Language.ZH : Language.EN;
            p.publishedAt = awake(start + Draw.uniform(r, 0, 11 * Times.DAY));
            p.author = Author.draw(r, seed, population, p.channel);
            p.text = noiseTexts.noise(p.language);
            Tone tone = r.nextDouble() < 0.7 ? Tone.NEUTRAL : Tone.POSITIVE;
            p.sentiment = r.nextDouble() < SENTIMENT_PRESENT ? tone.score(r) : null;
            p.reposts = r.nextInt(3);
            p.comments = r.nextInt(5);
            p.likes = r.nextInt(40);
            p.views = (long) (p.author.followers() * Draw.uniform(r, 0.05, 0.5)) + r.nextInt(100);
            p.id = p.channel.prefix() + "-n" + Times.pad(plan.index(), 3) + "-" + Times.pad(k, 7);
            p.crawledAt = p.publishedAt + Math.max(30, (long) (Draw.logNormal(r, 25, 1.3) * 60));
            p.oddlyCasedChannel = r.nextDouble() < 0.01;
            sink.write(p, p.channel.timeStyle());
        }
    }

    /** A time on the attention curve, at or after the first mention, less likely at night. */
    private long rootTime() {
        double shape = 1.0 + plan.peakSeconds() / plan.decaySeconds();
        for (int attempt = 0; attempt < 50; attempt++) {
            double offset = Draw.gamma(random, shape, plan.decaySeconds());
            if (offset > 14 * Times.DAY) {
                continue;
            }
            long t = plan.firstMention() + 1 + (long) offset;
            if (random.nextDouble() < Times.activity(t)) {
                return t;
            }
        }
        return plan.firstMention() + 1 + random.nextInt(3600);
    }

    /** Moves a time forward, a little at a time, while people are asleep. */
    private long awake(long t) {
        for (int i = 0; i < 12 && random.nextDouble() > Times.activity(t); i++) {
            t += Draw.uniform(random, 15 * 60L, 60 * 60L);
        }
        return t;
    }

    private Author drawAuthor(Channel channel) {
        return Author.draw(random, seed, population, channel);
    }

    private Language language(Channel channel) {
        double u = random.nextDouble();
        switch (channel) {
            case TWITTER:
                return u < 0.7 ? Language.EN : Language.ES;
            case FACEBOOK:
                return u < 0.5 ? Language.EN : Language.ES;
            default:
                return u < 0.95 ? Language.ZH : u < 0.99 ? Language.EN : Language.ES;
        }
    }

    private Language childLanguage(Channel channel, Language parentLanguage) {
        if (channel.isInternational()) {
            return parentLanguage != Language.ZH && random.nextDouble() < 0.85 ? parentLanguage : language(channel);
        }
        return language(channel);
    }

    private static double repostShare(Channel channel) {
        switch (channel) {
            case WEIBO:
                return 0.55;
            case TWITTER:
                return 0.4;
            case FACEBOOK:
                return 0.3;
            case FORUM:
                return 0.05;
            default:
                return 0.2;
        }
    }
}
