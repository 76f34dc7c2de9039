package com.hindsight.sample;

import java.util.function.Function;

/** Fills {slot} placeholders. An unknown slot is a programming error and fails loudly. */
final class Template {
    private Template() {
    }

    static String fill(String template, Function<String, String> slots) {
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int from = 0;
        while (open >= 0) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed slot in template: " + template);
            }
            sb.append(template, from, open);
            String name = template.substring(open + 1, close);
            String value = slots.apply(name);
            if (value == null) {
                throw new IllegalArgumentException("unknown slot {" + name + "} in template: " + template);
            }
            sb.append(value);
            from = close + 1;
            open = template.indexOf('{', from);
        }
        return sb.append(template, from, template.length()).toString();
    }
}
