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
import org.bilet.platform.Page;
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

    private final LazyDataModel<AuditEntryInfo> entries = new Entries();
    private String actor;
    private AuditKind kind;

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
            return log.page(actor, kind, first / size, size).items();
        }

        @Override
        public String getRowKey(AuditEntryInfo entry) {
            return Long.toString(entry.id());
        }
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
