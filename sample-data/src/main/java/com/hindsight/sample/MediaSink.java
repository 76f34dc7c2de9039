package com.hindsight.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import com.hindsight.model.FieldSpec;
import com.hindsight.model.SourceTable;
import com.hindsight.sample.archive.ArchiveWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes posts where the layout puts them: news to CSV shards, forum posts to plain JSON Lines,
 * everything else to gzip JSON Lines. Each channel's crawler has its habits: Douyin and Kuaishou
 * give epoch milliseconds, Twitter UTC, some news sites local time without offset; the Weibo and
 * WeChat crawlers always say whether the author is official, the others only when it is.
 */
final class MediaSink implements Closeable {
    private final ArchiveWriter social;
    private final ArchiveWriter forum;
    private final ArchiveWriter news;
    private final List<String> csvHeader;
    private long duplicates;

    MediaSink(Path archive) {
        this.social = ArchiveWriter.jsonLinesShards(archive, SourceTable.MEDIA, ArchiveLayout.SOCIAL, true,
                ArchiveLayout.RECORDS_PER_SHARD);
        this.forum = ArchiveWriter.jsonLinesShards(archive, SourceTable.MEDIA, ArchiveLayout.FORUM, false,
                ArchiveLayout.RECORDS_PER_SHARD);
        this.csvHeader = SourceTable.MEDIA.fields().stream().map(FieldSpec::name).toList();
        this.news = ArchiveWriter.csvShards(archive, SourceTable.MEDIA, ArchiveLayout.NEWS, ArchiveLayout.RECORDS_PER_SHARD,
                csvHeader);
    }

    void write(Post post, Times.Style newsStyle) throws IOException {
        switch (post.channel) {
            case NEWS:
                news.csvRecord(csvRow(post, newsStyle));
                break;
            case FORUM:
                writeJson(forum, post);
                break;
            default:
                writeJson(social, post);
        }
    }

    void writeDuplicate(Post copy, Times.Style newsStyle) throws IOException {
        write(copy, newsStyle);
        duplicates++;
    }

    /** All records written, duplicates included. */
    long recordsWritten() {
        return social.records() + forum.records() + news.records();
    }

    long duplicates() {
        return duplicates;
    }

    int files() {
        return social.files() + forum.files() + news.files();
    }

    private static void writeJson(ArchiveWriter out, Post p) throws IOException {
        JsonGenerator g = out.startJson();
        Times.Style style = p.channel.timeStyle();
        g.writeStartObject();
        g.writeStringField(Fields.Media.ID, p.id);
        g.writeStringField(Fields.Media.CHANNEL, p.oddlyCasedChannel ? p.channel.oddlyCased() : p.channel.value());
        writeTime(g, Fields.Media.PUBLISHED_AT, p.publishedAt, style);
        g.writeStringField(Fields.Media.TEXT, p.text);
        if (p.incidentId != null) {
            g.writeStringField(Fields.Media.INCIDENT_ID, p.incidentId);
        }
        g.writeStringField(Fields.Media.AUTHOR_ID, p.author.id());
        g.writeStringField(Fields.Media.AUTHOR_NAME, p.author.name());
        g.writeNumberField(Fields.Media.AUTHOR_FOLLOWERS, p.author.followers());
        if (p.official || p.channel == Channel.WEIBO || p.channel == Channel.WECHAT) {
            g.writeBooleanField(Fields.Media.IS_OFFICIAL, p.official);
        }
        if (p.parentId != null) {
            g.writeStringField(Fields.Media.PARENT_ID, p.parentId);
        }
        g.writeNumberField(Fields.Media.REPOSTS, p.reposts);
        g.writeNumberField(Fields.Media.COMMENTS, p.comments);
        g.writeNumberField(Fields.Media.LIKES, p.likes);
        if (p.views >= 0) {
            g.writeNumberField(Fields.Media.VIEWS, p.views);
        }
        g.writeStringField(Fields.Media.LANG, p.language.code());
        if (p.sentiment != null) {
            g.writeNumberField(Fields.Media.SENTIMENT, p.sentiment);
        }
        writeTime(g, Fields.Media.CRAWLED_AT, p.crawledAt, style);
        g.writeEndObject();
        out.endJson();
    }

    private static void writeTime(JsonGenerator g, String field, long epochSecond, Times.Style style)
            throws IOException {
        if (style == Times.Style.EPOCH_MILLIS) {
            g.writeNumberField(field, epochSecond * 1000L);
        } else {
            g.writeStringField(field, Times.format(epochSecond, style));
        }
    }

    /** A news record as a CSV row in the contract's field order; absent values are empty. */
    private Object[] csvRow(Post p, Times.Style style) {
        Object[] row = new Object[csvHeader.size()];
        set(row, Fields.Media.ID, p.id);
        set(row, Fields.Media.CHANNEL, p.oddlyCasedChannel ? p.channel.oddlyCased() : p.channel.value());
        set(row, Fields.Media.PUBLISHED_AT, Times.format(p.publishedAt, style));
        set(row, Fields.Media.TEXT, p.text);
        set(row, Fields.Media.INCIDENT_ID, p.incidentId);
        set(row, Fields.Media.TITLE, p.title);
        set(row, Fields.Media.URL, p.url);
        set(row, Fields.Media.AUTHOR_ID, p.author.id());
        set(row, Fields.Media.AUTHOR_NAME, p.author.name());
        set(row, Fields.Media.AUTHOR_FOLLOWERS, Long.toString(p.author.followers()));
        set(row, Fields.Media.IS_OFFICIAL, Boolean.toString(p.official));
        set(row, Fields.Media.PARENT_ID, p.parentId);
        set(row, Fields.Media.REPOSTS, Long.toString(p.reposts));
        set(row, Fields.Media.COMMENTS, Long.toString(p.comments));
        set(row, Fields.Media.LIKES, Long.toString(p.likes));
        set(row, Fields.Media.VIEWS, p.views >= 0 ? Long.toString(p.views) : null);
        set(row, Fields.Media.LANG, p.language.code());
        set(row, Fields.Media.SENTIMENT, p.sentiment == null ? null : Double.toString(p.sentiment));
        set(row, Fields.Media.CRAWLED_AT, Times.format(p.crawledAt, style));
        return row;
    }

    private void set(Object[] row, String field, String value) {
        row[csvHeader.indexOf(field)] = value == null ? "" : value;
    }

    /** Moves the shards into place; without it, {@link #close()} deletes them. */
    void commit() {
        social.commit();
        forum.commit();
        news.commit();
    }

    @Override
    public void close() {
        try (social; forum; news) {
            // closes all three, the first failure wins
        }
    }
}
