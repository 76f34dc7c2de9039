package com.hindsight.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Writes one incident's complaints. They follow the attention curve a few hours behind it; branch
 * complaints arrive in opening hours, the regulator's forwards days later. First contact takes a
 * log-normal time (median about two hours, a long tail), resolution hours to days more; about 8 %
 * stay open. Outcomes depend on the kind of incident; compensation comes only with the outcome
 * "compensated".
 */
final class IncidentComplaints {
    /** Probability that a complaint whose text names the incident still carries its id. */
    static final double LABEL_IF_MENTIONED = 0.68;
    static final double UNRESOLVED_SHARE = 0.08;

    private static final String[] OUTCOMES = {
        Vocab.outcome("explained"), Vocab.outcome("corrected"), Vocab.outcome("compensated"),
        Vocab.outcome("rejected")
    };
    private static final String PENDING = Vocab.outcome("pending");
    private static final String COMPENSATED = OUTCOMES[2];

    private final IncidentPlan plan;
    private final ComplaintSink sink;
    private final SplittableRandom random;
    private final IncidentTexts texts;
    private long written;
    private final double[] firstResponseHours;

    IncidentComplaints(IncidentPlan plan, GeneratorConfig config, ComplaintSink sink) {
        this.plan = plan;
        this.sink = sink;
        this.random = Seeds.random(config.seed(), Seeds.Purpose.COMPLAINTS, plan.index());
        this.texts = new IncidentTexts(plan, random);
        this.firstResponseHours = new double[(int) plan.complaintBudget()];
    }

    long write() throws IOException {
        for (int k = 0; k < plan.complaintBudget(); k++) {
            writeOne(k);
        }
        return written;
    }

    /** Median hours from receipt to first contact, for the review. */
    double medianFirstResponseHours() {
        double[] sorted = firstResponseHours.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    /** Share of complaints first answered after more than 24 hours. */
    double shareAnsweredAfterDay() {
        long late = Arrays.stream(firstResponseHours).filter(h -> h > 24).count();
        return firstResponseHours.length == 0 ? 0 : (double) late / firstResponseHours.length;
    }

    private void writeOne(int k) throws IOException {
        ComplaintChannel channel = ComplaintChannel.values()[Draw.weighted(random, ComplaintChannel.weights())];
        long received = receivedAt(channel);
        long firstResponse = received + firstResponseSeconds(channel);
        firstResponseHours[k] = (firstResponse - received) / 3600.0;
        boolean unresolved = random.nextDouble() < UNRESOLVED_SHARE;
        long resolved = unresolved ? -1 : firstResponse + Math.max(600, (long) (Draw.logNormal(random, 20, 1.3) * 3600));
        long updated = unresolved ? firstResponse + Draw.uniform(random, 3600L, 3 * Times.DAY)
                : resolved + Draw.uniform(random, 0L, 2 * 3600L);
        String outcome = unresolved ? PENDING : OUTCOMES[Draw.weighted(random, outcomeWeights(plan.category()))];
        boolean forwarded = channel == ComplaintChannel.REGULATOR || random.nextDouble() < 0.005;

        String branch = channel == ComplaintChannel.BRANCH || random.nextDouble() < 0.85
                ? Draw.pick(random, Lexicon.BRANCHES) : null;
        String name = People.chineseName(random);
        String phone = random.nextDouble() < 0.95 ? People.mobile(random) : null;
        String idNumber = random.nextDouble() < 0.8 ? People.idNumber(random) : null;
        String card = null;
        if (random.nextDouble() < 0.7) {
            card = People.cardNumber(random);
            if (random.nextDouble() < 0.25) {
                card = People.spaced(card);
            }
        }
        String pii = random.nextDouble() < 0.2 ? texts.fill(Draw.pick(random, Lexicon.COMPLAINT_PII)) : null;
        String product = Draw.pick(random, plan.topic().products());
        String text = texts.complaint(channel, branch == null ? Draw.pick(random, Lexicon.BRANCHES) : branch, product,
                random.nextDouble() < 0.35, pii);
        boolean mentions = texts.mentionsIncident(text);
        boolean labelled = !mentions || random.nextDouble() < LABEL_IF_MENTIONED;

        Times.Style style = random.nextDouble() < 0.3 ? Times.Style.LOCAL : Times.Style.ISO_OFFSET;
        Object[] row = sink.newRow();
        sink.set(row, Fields.Complaints.ID, "CMP-" + Times.date(Times.localDate(received)).substring(2).replace("-", "")
                + "-" + Times.pad(plan.index(), 3) + "-" + Times.pad(k, 5));
        sink.set(row, Fields.Complaints.RECEIVED_AT, Times.format(received, style));
        sink.set(row, Fields.Complaints.CHANNEL, random.nextDouble() < 0.01
                ? channel.value().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + channel.value().substring(1)
                : channel.value());
        sink.set(row, Fields.Complaints.TEXT, text);
        sink.set(row, Fields.Complaints.INCIDENT_ID, labelled ? plan.id() : null);
        sink.set(row, Fields.Complaints.BRANCH, branch);
        sink.set(row, Fields.Complaints.PRODUCT, product);
        sink.set(row, Fields.Complaints.ISSUE, random.nextDouble() < 0.85 ? plan.topic().issue() : "处理进度");
        sink.set(row, Fields.Complaints.CUSTOMER_NAME, name);
        sink.set(row, Fields.Complaints.PHONE, phone);
        sink.set(row, Fields.Complaints.ID_NUMBER, idNumber);
        sink.set(row, Fields.Complaints.CARD_NUMBER, card);
        sink.set(row, Fields.Complaints.FIRST_RESPONSE_AT, Times.format(firstResponse, style));
        sink.set(row, Fields.Complaints.RESOLVED_AT, unresolved ? null : Times.format(resolved, style));
        sink.set(row, Fields.Complaints.STATUS, unresolved ? "open" : random.nextDouble() < 0.8 ? "closed" : "resolved");
        sink.set(row, Fields.Complaints.OUTCOME, random.nextDouble() < 0.01 && !unresolved
                ? outcome.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + outcome.substring(1) : outcome);
        sink.set(row, Fields.Complaints.COMPENSATION, outcome.equals(COMPENSATED) ? compensation() : null);
        sink.set(row, Fields.Complaints.REGULATOR_FORWARDED, Boolean.toString(forwarded));
        sink.set(row, Fields.Complaints.UPDATED_AT, Times.format(updated, style));
        sink.write(row, channel == ComplaintChannel.BRANCH);
        written++;
    }

    private long receivedAt(ComplaintChannel channel) {
        double shape = 1.0 + plan.peakSeconds() / plan.decaySeconds();
        double offset = Math.min(20 * Times.DAY, Draw.gamma(random, shape, plan.decaySeconds()));
        long t = plan.firstMention() + (long) offset + Draw.uniform(random, 3600L, 8 * 3600L);
        switch (channel) {
            case BRANCH:
                return withinHours(t, 9, 17);
            case REGULATOR:
                return withinHours(t + Draw.uniform(random, Times.DAY, 5 * Times.DAY), 9, 17);
            default:
                for (int i = 0; i < 8 && random.nextDouble() > Times.activity(t); i++) {
                    t += Draw.uniform(random, 20 * 60L, 60 * 60L);
                }
                return t;
        }
    }

    /** The same time if within opening hours, otherwise a time during the next opening hours. */
    private long withinHours(long t, int open, int close) {
        int hour = Times.localHour(t);
        if (hour >= open && hour < close) {
            return t;
        }
        long day = Times.startOfLocalDay(t) + (hour >= close ? Times.DAY : 0);
        return day + open * 3600L + random.nextInt((close - open) * 3600);
    }

    private long firstResponseSeconds(ComplaintChannel channel) {
        switch (channel) {
            case BRANCH:
                return Draw.uniform(random, 120L, 30 * 60L);
            case REGULATOR:
                return Math.max(600, (long) (Draw.logNormal(random, 4, 0.8) * 3600));
            default:
                return Math.max(60, (long) (Draw.logNormal(random, 2, 1.2) * 3600));
        }
    }

    /** 50 to 5,000 yuan, mostly a few hundred, two decimals. */
    private BigDecimal compensation() {
        double amount = Math.min(5000, Math.max(50, Draw.logNormal(random, 300, 1.0)));
        double rounded = random.nextDouble() < 0.6 ? Math.round(amount / 10.0) * 10.0 : amount;
        return BigDecimal.valueOf(rounded).setScale(2, RoundingMode.HALF_UP);
    }

    private static double[] outcomeWeights(Category category) {
        switch (category) {
            case SYSTEM_FAILURE:
                return new double[] {30, 45, 18, 7};
            case DATA_LEAK:
                return new double[] {45, 20, 20, 15};
            case MIS_SELLING:
                return new double[] {35, 10, 25, 30};
            case SERVICE_QUALITY:
                return new double[] {55, 25, 8, 12};
            case PRICING_POLICY:
                return new double[] {35, 40, 10, 15};
            default:
                return new double[] {30, 10, 45, 15};
        }
    }
}
