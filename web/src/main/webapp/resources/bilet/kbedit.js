/*
 * Editors' screens: leaving a form with unsaved edits asks first. A part of a page marked kb-watch becomes
 * dirty when something is typed in it (the rich-text editor included); a save that the server
 * accepted (no validation failure) makes it clean again, a refused one keeps it dirty.
 */
Bilet.kbEdit = {
    dirty: false,
    watch: function () {
        document.addEventListener('input', function (event) {
            if (event.target.closest && event.target.closest('.kb-watch')) {
                Bilet.kbEdit.dirty = true;
            }
        });
        window.addEventListener('beforeunload', function (event) {
            if (Bilet.kbEdit.dirty) {
                event.preventDefault();
                event.returnValue = '';
            }
        });
    },
    wasDirty: false,
    /** onstart of a save: clean already, so that a save answered by a redirect leaves without asking. */
    sending: function () {
        Bilet.kbEdit.wasDirty = Bilet.kbEdit.dirty;
        Bilet.kbEdit.dirty = false;
    },
    /** oncomplete of a save: dirty again if the server refused it. */
    saved: function (args) {
        if (args && args.validationFailed) {
            Bilet.kbEdit.dirty = Bilet.kbEdit.dirty || Bilet.kbEdit.wasDirty;
        }
    }
};
Bilet.kbEdit.watch();
