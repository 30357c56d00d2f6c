package org.bilet.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bilet.audit.AuditEntryInfo;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditLog;
import org.bilet.names.DisplayNames;
import org.bilet.names.NameLookup;
import org.bilet.platform.Page;
import org.bilet.web.session.UserSession;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /admin/audit: the audit log, newest first, optionally of one actor or one kind of change. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    @Inject
    NameLookup nameLookup;

    @Inject
    UserSession me;

    private final LazyDataModel<AuditEntryInfo> entries = new Entries();
    private String actor;
    private AuditKind kind;
    private DisplayNames names = DisplayNames.NONE;

    public AuditKind[] getKinds() {
        return AuditKind.values();
    }

    /** Counts and cuts the log in the database, through the service. */
    private final class Entries extends LazyDataModel<AuditEntryInfo> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(log.count(actor, kind));
        }

        @Override
        public List<AuditEntryInfo> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var size = Math.min(pageSize, Page.MAX_SIZE);
            var items = log.page(actor, kind, first / size, size).items();
            names = nameLookup.of(AuditTexts.keysOf(items));
            return items;
        }

        @Override
        public String getRowKey(AuditEntryInfo entry) {
            return Long.toString(entry.id());
        }
    }

    /** The entry's subject by name, as the page's names were looked up with it. */
    public String subject(AuditEntryInfo entry) {
        return new AuditTexts(me.getLocale(), names).subject(entry);
    }

    /** The entry's change in the reader's words. */
    public String summary(AuditEntryInfo entry) {
        return new AuditTexts(me.getLocale(), names).summary(entry);
    }

    public LazyDataModel<AuditEntryInfo> getEntries() {
        return entries;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditKind getKind() {
        return kind;
    }

    public void setKind(AuditKind kind) {
        this.kind = kind;
    }
}
