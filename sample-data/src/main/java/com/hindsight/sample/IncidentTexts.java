package com.hindsight.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the texts of one incident's posts, statements, news and complaints from the templates,
 * in the incident's words, and tells whether a text mentions the incident (names its bank and one
 * of its terms), which is what its query matches.
 */
final class IncidentTexts {
    private final IncidentPlan plan;
    private final Bank bank;
    private final Topic topic;
    private final SplittableRandom random;
    private final String tag;
    private final String cause;
    private final String remedy;
    /** The product a complaint is about, while its text is written; null for posts. */
    private String product;

    IncidentTexts(IncidentPlan plan, SplittableRandom random) {
        this.plan = plan;
        this.bank = plan.bank();
        this.topic = plan.topic();
        this.random = random;
        this.tag = "#" + bank.zh() + topic.zhTerms().get(0) + "#";
        this.cause = topic.cause();
        this.remedy = topic.remedy();
    }

    /** Whether the text names the incident's bank and one of its terms, as its query requires. */
    boolean mentionsIncident(String text) {
        if (!text.contains(bank.zh()) && !text.contains(bank.en())) {
            return false;
        }
        for (String term : topic.allTerms()) {
            if (text.contains(term)) {
                return true;
            }
        }
        return false;
    }

    /** An original post by a customer or onlooker. */
    String original(Channel channel, Language language, Tone tone) {
        String core = fill(Draw.pick(random, PostTemplates.of(plan.category()).of(language).of(tone)));
        StringBuilder sb = new StringBuilder(core.length() + 40);
        if (language == Language.ZH) {
            if (channel == Channel.DOUYIN || channel == Channel.KUAISHOU) {
                sb.append(Draw.chance(random, 0.5) ? "【视频】" : "拍下了现场：");
            } else if (channel == Channel.FORUM) {
                sb.append(tone == Tone.NEGATIVE ? "【吐槽】" : "【讨论】");
            } else if (tone == Tone.NEGATIVE && Draw.chance(random, 0.3)) {
                sb.append(Draw.pick(random, Lexicon.OPENERS_NEGATIVE));
            }
            sb.append(core);
            List<String> closers = tone == Tone.NEGATIVE ? Lexicon.CLOSERS_NEGATIVE
                    : tone == Tone.NEUTRAL ? Lexicon.CLOSERS_NEUTRAL : Lexicon.CLOSERS_POSITIVE;
            if (Draw.chance(random, 0.35)) {
                sb.append(fill(Draw.pick(random, closers)));
            }
            if (channel != Channel.FORUM && Draw.chance(random, 0.25) && !core.contains(tag)) {
                sb.append(' ').append(tag);
            }
        } else {
            sb.append(core);
        }
        if (Draw.chance(random, 0.07)) {
            sb.append(language == Language.ZH ? "" : " ").append(contact(language));
        }
        return sb.toString();
    }

    /** A reply (comment) to a post. */
    String reply(Language language, Tone tone, boolean toOfficial, String parentAuthor) {
        List<String> pool = toOfficial && language == Language.ZH
                ? Lexicon.officialReplies(tone) : Lexicon.replies(language, tone);
        String text = fill(Draw.pick(random, pool));
        if (language == Language.ZH) {
            if (Draw.chance(random, 0.2)) {
                text = "回复@" + parentAuthor + ":" + text;
            }
            if (Draw.chance(random, 0.18)) {
                text = text + " " + tag;
            }
        } else if (parentAuthor.startsWith("@") && Draw.chance(random, 0.3)) {
            text = parentAuthor + " " + text;
        }
        if (Draw.chance(random, 0.025)) {
            text = text + (language == Language.ZH ? "" : " ") + contact(language);
        }
        return text;
    }

    /**
     * A repost. On Weibo the reposter's words come first and the chain of earlier reposts follows
     * after "//@name:"; the original post itself is linked, not copied.
     */
    String repost(Language language, Tone tone, Post parent) {
        String own;
        if (language == Language.ZH) {
            double r = random.nextDouble();
            if (r < 0.4) {
                own = Draw.pick(random, Lexicon.REPOST_FILLERS);
            } else {
                own = fill(Draw.pick(random, Lexicon.replies(language, tone)));
                if (r > 0.82) {
                    own = own + " " + tag;
                }
            }
        } else {
            own = fill(Draw.pick(random, Lexicon.replies(language, tone)));
        }
        if (parent.parentId() == null || parent.channel().isInternational()) {
            if (parent.channel() == Channel.TWITTER) {
                return own + " RT " + parent.authorName() + ": " + truncate(parent.text(), 120);
            }
            if (parent.channel() == Channel.FACEBOOK) {
                return own + " (shared from " + parent.authorName() + ")";
            }
            return own;
        }
        return truncate(own + "//@" + parent.authorName() + ":" + parent.text(), 240);
    }

    /** The bank's first statement: specific and apologetic after a good response, vague after a poor one. */
    String firstStatement(boolean good) {
        String term = topic.zhTerms().get(0);
        if (good) {
            return "【" + bank.zh() + "关于" + term + "问题的情况说明】" + Times.chineseDate(plan.firstMention())
                    + "，我行部分客户反映" + term + "等问题。经核查，系" + cause + "所致，我行已第一时间处置。"
                    + remedy + "。由此给您带来的不便，我们深表歉意。如有疑问，请拨打我行客服热线或前往网点咨询。";
        }
        return "【" + bank.zh() + "声明】关于网传“" + term + "”一事，我行高度重视，已成立专项工作组进行核查。"
                + "请广大客户以我行官方渠道发布的信息为准，不信谣、不传谣。对恶意造谣者，我行将依法追究责任。";
    }

    /** A follow-up statement reporting progress. */
    String followUp(int number, boolean last) {
        String term = topic.zhTerms().get(0);
        if (last) {
            return "【" + bank.zh() + "进展通报（" + number + "）】针对" + term + "问题，" + topic.progress()
                    + "。我行再次向受影响客户致歉，并将以此为鉴，全面排查同类风险。";
        }
        return "【" + bank.zh() + "进展通报（" + number + "）】经进一步核查，" + term + "问题系" + cause + "所致。"
                + remedy + "。我行将持续通报处理进展。";
    }

    /** A news article: title and body (several paragraphs, quotes and commas). */
    String[] news(Lexicon.Outlet outlet, boolean afterStatement) {
        if (outlet.english()) {
            String title = fill(Draw.pick(random, Lexicon.NEWS_TITLES_EN));
            String body = Template.fill(Draw.pick(random, Lexicon.NEWS_BODIES_EN), slot -> switch (slot) {
                case "outlet" -> outlet.name();
                case "response_en" -> fill(Draw.pick(random, afterStatement
                        ? Lexicon.NEWS_RESPONSE_EN_AFTER : Lexicon.NEWS_RESPONSE_EN_BEFORE));
                default -> slot(slot);
            });
            return new String[] {title, body};
        }
        String title = fill(Draw.pick(random,
                afterStatement ? Lexicon.NEWS_TITLES_AFTER : Lexicon.NEWS_TITLES_BEFORE));
        StringBuilder body = new StringBuilder(600);
        body.append(Template.fill(Draw.pick(random, Lexicon.NEWS_OPENINGS),
                slot -> slot.equals("outlet") ? outlet.name() : slot(slot)));
        body.append("\n\n“").append(Draw.pick(random, Lexicon.NEWS_QUOTES)).append("，”一位姓")
                .append(Draw.pick(random, Lexicon.SURNAMES)).append("的客户告诉记者，“")
                .append(Draw.pick(random, Lexicon.NEWS_QUOTES)).append("。”");
        if (Draw.chance(random, 0.4)) {
            body.append("有网友调侃，这是\"年度最贵的bug\"，也有人晒出了与客服的聊天记录。");
        }
        body.append("\n\n").append(fill(Draw.pick(random,
                afterStatement ? Lexicon.NEWS_AFTER_RESPONSE : Lexicon.NEWS_BEFORE_RESPONSE)));
        body.append("\n\n").append(fill(Draw.pick(random, Lexicon.NEWS_EXPERTS))).append("认为，\"")
                .append(Draw.pick(random, Lexicon.NEWS_ADVICE)).append("\"。");
        return new String[] {title, body.toString()};
    }

    /** A post about nothing to do with any incident. */
    String noise(Language language) {
        List<String> pool = language == Language.ZH ? Lexicon.NOISE_ZH
                : language == Language.EN ? Lexicon.NOISE_EN : Lexicon.NOISE_ES;
        return Template.fill(Draw.pick(random, pool), slot -> switch (slot) {
            case "city" -> Draw.pick(random, Lexicon.CITIES);
            case "n" -> Integer.toString(1 + random.nextInt(18));
            default -> null;
        });
    }

    /** A complaint's free text, sometimes over several lines and sometimes with personal data. */
    String complaint(ComplaintChannel channel, String branch, String product, boolean multiLine, String pii) {
        this.product = product;
        try {
            return complaintText(channel, branch, multiLine, pii);
        } finally {
            this.product = null;
        }
    }

    private String complaintText(ComplaintChannel channel, String branch, boolean multiLine, String pii) {
        String opening = Template.fill(Lexicon.COMPLAINT_OPENINGS.get(channel), slot -> switch (slot) {
            case "branch" -> branch;
            case "regno" -> "12378-" + Times.localDate(plan.firstMention()).getYear() + "-"
                    + Times.pad(random.nextInt(1_000_000), 6);
            default -> null;
        });
        String problem = fill(Draw.pick(random, ComplaintTemplates.problems(plan.category())));
        String demand = Draw.pick(random, Lexicon.COMPLAINT_DEMANDS);
        StringBuilder sb = new StringBuilder(160);
        if (multiLine) {
            sb.append(opening).append('\n').append(problem).append("。\n诉求：").append(demand)
                    .append("。\n处理情况：").append(fill(Draw.pick(random, Lexicon.COMPLAINT_HANDLING))).append('。');
            if (pii != null) {
                sb.append('\n').append(pii).append('。');
            }
        } else {
            sb.append(opening).append(problem).append('，').append(demand).append('。');
            if (pii != null) {
                sb.append('（').append(pii).append('）');
            }
        }
        return sb.toString();
    }

    String contact(Language language) {
        List<String> pool = language == Language.ZH ? Lexicon.CONTACT_ZH
                : language == Language.EN ? Lexicon.CONTACT_EN : Lexicon.CONTACT_ES;
        return fill(Draw.pick(random, pool));
    }

    String fill(String template) {
        return Template.fill(template, this::slot);
    }

    private String slot(String name) {
        switch (name) {
            case "bank":
                return bank.zh();
            case "bank_en":
                return bank.en();
            case "term":
                return Draw.pick(random, topic.zhTerms());
            case "term2":
                return topic.zhTerms().get(1);
            case "term_en":
                return Draw.pick(random, topic.enTerms());
            case "term_es":
                return topic.esTerm();
            case "product":
                return product != null ? product : Draw.pick(random, topic.products());
            case "city":
                return Draw.chance(random, 0.5) ? bank.homeCity() : Draw.pick(random, Lexicon.CITIES);
            case "amount":
                return Long.toString(amount());
            case "hours":
                return Integer.toString(2 + random.nextInt(30));
            case "n":
                return Integer.toString(3 + random.nextInt(7));
            case "tag":
                return tag;
            case "date":
                return Times.chineseDate(plan.firstMention());
            case "reads":
                return Integer.toString(10 * (1 + random.nextInt(300)));
            case "reads_en":
                long reads = 100_000L * (1 + random.nextInt(300));
                return reads >= 1_000_000 ? IncidentFacts.oneDecimal(reads / 1e6) + " million" : reads / 1000 + ",000";
            case "surname":
                return Draw.pick(random, Lexicon.SURNAMES);
            case "surname_py":
                return Draw.pick(random, List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang"));
            case "cause":
                return cause;
            case "remedy":
                return remedy;
            case "phone":
                return People.mobile(random);
            case "email":
                return People.email(random);
            case "card":
                String card = People.cardNumber(random);
                return Draw.chance(random, 0.4) ? People.spaced(card) : card;
            case "idn":
                return People.idNumber(random);
            case "dept":
                return Draw.pick(random, Lexicon.DEPARTMENTS);
            default:
                return null;
        }
    }

    /** Amounts people quote: mostly hundreds to a few thousand yuan, rounded the way people round. */
    private long amount() {
        double a = Draw.logNormal(random, 900, 1.2);
        long rounding = a < 100 ? 1 : a < 1000 ? 10 : 100;
        return Math.max(20, Math.round(a / rounding) * rounding);
    }

    static String truncate(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** The incident's query for the register: the bank's names AND any of the topic's terms. */
    static String query(Bank bank, Topic topic) {
        StringBuilder sb = new StringBuilder("(\"").append(bank.zh()).append("\" OR \"").append(bank.en())
                .append("\") AND (");
        List<String> terms = topic.allTerms();
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                sb.append(" OR ");
            }
            sb.append('"').append(terms.get(i)).append('"');
        }
        return sb.append(')').toString();
    }
}
