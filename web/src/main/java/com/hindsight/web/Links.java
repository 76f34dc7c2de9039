package com.hindsight.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.eclipse.jetty.util.Fields;

/** Links the pages write: always a local path built here, with every value URL-encoded. */
final class Links {
    private Links() {
    }

    static String caseUrl(String incidentId) {
        return "/cases/" + encode(incidentId);
    }

    static String fileUrl(String runRelative) {
        StringJoiner path = new StringJoiner("/", "/files/", "");
        for (String segment : runRelative.split("/")) {
            path.add(encode(segment));
        }
        return path.toString();
    }

    /** {@code path?a=1&b=2}; null and blank values left out. */
    static String withQuery(String path, List<Map.Entry<String, String>> parameters) {
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, String> parameter : parameters) {
            if (parameter.getValue() != null && !parameter.getValue().isBlank()) {
                query.add(encode(parameter.getKey()) + "=" + encode(parameter.getValue()));
            }
        }
        return query.length() == 0 ? path : path + "?" + query;
    }

    /** The same request with one parameter replaced (or removed, for a null value). */
    static String replacing(String path, Fields fields, String name, String value) {
        List<Map.Entry<String, String>> parameters = new java.util.ArrayList<>();
        for (Fields.Field field : fields) {
            if (!field.getName().equals(name)) {
                for (String each : field.getValues()) {
                    parameters.add(Map.entry(field.getName(), each));
                }
            }
        }
        if (value != null) {
            parameters.add(Map.entry(name, value));
        }
        return withQuery(path, parameters);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
