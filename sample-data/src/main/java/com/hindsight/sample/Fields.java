package com.hindsight.sample;

import com.hindsight.model.SourceTable;

/**
 * The field names the generator writes, each looked up once in the data contract
 * ({@link SourceTable}); a name the contract does not know fails at class initialisation.
 */
final class Fields {
    private Fields() {
    }

    /** Fields of {@link SourceTable#MEDIA}. */
    static final class Media {
        private Media() {
        }

        static final String ID = of("id");
        static final String CHANNEL = of("channel");
        static final String PUBLISHED_AT = of("published_at");
        static final String TEXT = of("text");
        static final String INCIDENT_ID = of("incident_id");
        static final String TITLE = of("title");
        static final String URL = of("url");
        static final String AUTHOR_ID = of("author_id");
        static final String AUTHOR_NAME = of("author_name");
        static final String AUTHOR_FOLLOWERS = of("author_followers");
        static final String IS_OFFICIAL = of("is_official");
        static final String PARENT_ID = of("parent_id");
        static final String REPOSTS = of("reposts");
        static final String COMMENTS = of("comments");
        static final String LIKES = of("likes");
        static final String VIEWS = of("views");
        static final String LANG = of("lang");
        static final String SENTIMENT = of("sentiment");
        static final String CRAWLED_AT = of("crawled_at");

        private static String of(String name) {
            return SourceTable.MEDIA.field(name).name();
        }
    }

    /** Fields of {@link SourceTable#COMPLAINTS}. */
    static final class Complaints {
        private Complaints() {
        }

        static final String ID = of("id");
        static final String RECEIVED_AT = of("received_at");
        static final String CHANNEL = of("channel");
        static final String TEXT = of("text");
        static final String INCIDENT_ID = of("incident_id");
        static final String BRANCH = of("branch");
        static final String PRODUCT = of("product");
        static final String ISSUE = of("issue");
        static final String CUSTOMER_NAME = of("customer_name");
        static final String PHONE = of("phone");
        static final String ID_NUMBER = of("id_number");
        static final String CARD_NUMBER = of("card_number");
        static final String FIRST_RESPONSE_AT = of("first_response_at");
        static final String RESOLVED_AT = of("resolved_at");
        static final String STATUS = of("status");
        static final String OUTCOME = of("outcome");
        static final String COMPENSATION = of("compensation");
        static final String REGULATOR_FORWARDED = of("regulator_forwarded");
        static final String UPDATED_AT = of("updated_at");

        private static String of(String name) {
            return SourceTable.COMPLAINTS.field(name).name();
        }
    }

    /** Fields of {@link SourceTable#INCIDENTS}. */
    static final class Incidents {
        private Incidents() {
        }

        static final String ID = of("id");
        static final String BANK = of("bank");
        static final String TITLE = of("title");
        static final String CATEGORY = of("category");
        static final String OPENED_AT = of("opened_at");
        static final String CLOSED_AT = of("closed_at");
        static final String QUERY = of("query");
        static final String SUMMARY = of("summary");

        private static String of(String name) {
            return SourceTable.INCIDENTS.field(name).name();
        }
    }

    /** Fields of {@link SourceTable#ACTIONS}. */
    static final class Actions {
        private Actions() {
        }

        static final String INCIDENT_ID = of("incident_id");
        static final String AT = of("at");
        static final String ROLE = of("role");
        static final String ACTION = of("action");
        static final String NOTE = of("note");

        private static String of(String name) {
            return SourceTable.ACTIONS.field(name).name();
        }
    }

    /** Fields of {@link SourceTable#REVIEWS}. */
    static final class Reviews {
        private Reviews() {
        }

        static final String INCIDENT_ID = of("incident_id");
        static final String ROOT_CAUSE = of("root_cause");
        static final String WENT_WELL = of("went_well");
        static final String WENT_BADLY = of("went_badly");
        static final String LESSONS = of("lessons");
        static final String ACTIONS = of("actions");
        static final String REVIEWED_AT = of("reviewed_at");

        private static String of(String name) {
            return SourceTable.REVIEWS.field(name).name();
        }
    }
}
