package dev.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;

/** What an entry's child elements say, as read, and the kind and state of entry that makes it. */
final class EntryFields {

    String id = "";
    String type = "";
    String statusText = "";
    String kindTerm = "";
    String title = "";
    String content = "";
    String published = "";
    String updated = "";
    String filename = "";
    String alternate = "";
    String trashed = "";
    String metaDescription = "";
    String location = "";
    String parentPost = "";
    String parentComment = "";
    boolean draft;
    boolean removed;
    BloggerEntry.Author author = BloggerEntry.Author.NONE;
    final List<String> labels = new ArrayList<>();

    BloggerEntry.Kind kind() {
        String kind = !type.isEmpty() ? type.toLowerCase(java.util.Locale.ROOT)
                : kindTerm.substring(kindTerm.lastIndexOf('#') + 1);
        return switch (kind) {
            case "post" -> BloggerEntry.Kind.POST;
            case "page" -> BloggerEntry.Kind.PAGE;
            case "comment" -> BloggerEntry.Kind.COMMENT;
            case "settings" -> BloggerEntry.Kind.SETTINGS;
            case "template", "layout" -> BloggerEntry.Kind.TEMPLATE;
            default -> id.contains(".settings.") ? BloggerEntry.Kind.SETTINGS
                    : id.endsWith(".layout") ? BloggerEntry.Kind.TEMPLATE : BloggerEntry.Kind.OTHER;
        };
    }

    BloggerEntry.Status status() {
        String status = statusText.toUpperCase(java.util.Locale.ROOT);
        if (!trashed.isEmpty() || status.contains("TRASH") || status.equals("DELETED")) {
            return BloggerEntry.Status.TRASHED;
        }
        if (status.contains("SPAM")) {
            return BloggerEntry.Status.SPAM;
        }
        if (draft || status.equals("DRAFT") || status.equals("PENDING")) {
            return BloggerEntry.Status.DRAFT;
        }
        return status.equals("SCHEDULED") ? BloggerEntry.Status.SCHEDULED : BloggerEntry.Status.LIVE;
    }
}
