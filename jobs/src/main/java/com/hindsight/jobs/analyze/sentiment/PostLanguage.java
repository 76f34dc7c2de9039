package com.hindsight.jobs.analyze.sentiment;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language a post is scored in: its {@code lang} field when set ("zh", "en", "es"; a region
 * such as "en-GB" or "zh_CN" is ignored), else guessed from the text without its links and
 * mentions: any Han character (a Weibo emoticon such as [哈哈] included) makes it Chinese; Latin
 * text is Spanish when it has more Spanish than English function words (or Spanish-only marks
 * such as ñ, ¿, ¡), else English. Anything else ("other", "fr", a text without letters) is
 * {@value #OTHER} and is not scored.
 */
final class PostLanguage {
    static final String CHINESE = "zh";
    static final String ENGLISH = "en";
    static final String SPANISH = "es";
    static final String OTHER = "other";

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");
    private static final Pattern SPANISH_ONLY = Pattern.compile("[ñ¿¡]");
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "is", "are", "was",
            "to", "of", "my", "i", "you", "it", "this", "that", "for", "with", "have", "has",
            "not", "they", "on", "at", "be", "been", "me", "your", "their", "what", "why");
    private static final Set<String> SPANISH_WORDS = Set.of("el", "la", "los", "las", "de", "que",
            "y", "en", "un", "una", "es", "por", "para", "con", "no", "mi", "se", "del", "al", "lo",
            "me", "su", "sus", "como", "pero", "ya", "muy", "nos", "esta", "este", "hay");

    private PostLanguage() {
    }

    /** One of zh, en, es or other. */
    static String of(String lang, String text) {
        if (lang != null && !lang.isBlank()) {
            String code = lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
            return switch (code) {
                case CHINESE, ENGLISH, SPANISH -> code;
                default -> OTHER;
            };
        }
        return guess(text);
    }

    static String guess(String text) {
        if (text == null) {
            return OTHER;
        }
        String read = ChineseTerms.withoutLinksAndMentions(text);
        if (HAN.matcher(read).find()) {
            return CHINESE;
        }
        String lower = read.toLowerCase(Locale.ROOT);
        int english = 0;
        int spanish = SPANISH_ONLY.matcher(lower).find() ? 2 : 0;
        boolean letters = false;
        Matcher words = LATIN_WORD.matcher(lower);
        while (words.find()) {
            letters = true;
            english += ENGLISH_WORDS.contains(words.group()) ? 1 : 0;
            spanish += SPANISH_WORDS.contains(words.group()) ? 1 : 0;
        }
        if (!letters) {
            return OTHER;
        }
        return spanish > english ? SPANISH : ENGLISH;
    }
}
