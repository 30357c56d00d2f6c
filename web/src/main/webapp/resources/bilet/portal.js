/* The employee portal's small helpers. */
window.Bilet = window.Bilet || {};
Bilet.portal = {
    /** A click anywhere on a row of "My tickets" opens that ticket, as its link does. */
    openRow: function (row) {
        var link = row.find('a.ticket-link').get(0);
        if (link) {
            window.location.href = link.href;
        }
    },

    /**
     * The uploader's onAdd: a file over the limit is refused here, before a byte is sent, with the
     * page's own message; the others go on to upload. The limit and message come from the page.
     */
    acceptFile: function (uploader, file, accept) {
        var box = uploader.jq.closest('.upload-box');
        var maxBytes = Number(box.data('max-bytes'));
        if (maxBytes > 0 && file.size > maxBytes) {
            uploader.showMessage({summary: Bilet.portal.format(String(box.data('too-large')), [file.name, box.data('limit')]), detail: ''});
            return;
        }
        accept(file);
    },

    /**
     * After an upload: the page lists the waiting files itself, so once the uploader's own rows are
     * gone its drop hint (with the limit) comes back instead of an empty box.
     */
    uploaded: function (uploader) {
        if (!uploader.files.length && uploader.emptyFacet.length) {
            uploader.filesFacet.parent().hide();
            uploader.emptyFacet.show();
        }
    },

    /** Fills {0}, {1} … of a message pattern; doubled apostrophes become one, as in Java's MessageFormat. */
    format: function (pattern, values) {
        return pattern.replace(/''/g, "'").replace(/\{(\d+)\}/g, function (match, index) {
            return values[Number(index)];
        });
    }
};
