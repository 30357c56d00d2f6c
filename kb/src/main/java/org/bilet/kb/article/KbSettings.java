package org.bilet.kb.article;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one row of the knowledge base's settings (V2 inserts it). */
@Entity
@Table(name = "kb_settings")
public class KbSettings {

    public static final int ID = 1;

    @Id
    private int id;

    private boolean editorsPublish;
    private boolean selfApproval;

    @Version
    private long version;

    protected KbSettings() {
    }

    public ReviewRules rules() {
        return new ReviewRules(editorsPublish, selfApproval);
    }

    public void change(ReviewRules rules) {
        editorsPublish = rules.editorsPublish();
        selfApproval = rules.selfApproval();
    }
}
