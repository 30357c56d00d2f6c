/*
 * The knowledge base's search box. Its suggestions are articles (choosing one opens it, which
 * PrimeFaces does for a highlighted one); Enter with none highlighted, or the button, lists the
 * articles matching the words typed instead (index.xhtml?q=…, next to the page using the box).
 */
(function () {
    function results(input) {
        var words = input.value.trim();
        if (words) {
            window.location.href = 'index.xhtml?q=' + encodeURIComponent(words);
        }
    }

    function searchInput(element) {
        return element && element.closest ? element.closest('.kb-search') && element.matches('input.kb-search-input') : false;
    }

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Enter' || !searchInput(event.target)) {
            return;
        }
        var panel = document.getElementById(event.target.id.replace(/_input$/, '_panel'));
        if (panel && panel.offsetParent !== null && panel.querySelector('.ui-autocomplete-item.ui-state-highlight')) {
            return;
        }
        event.preventDefault();
        event.stopPropagation();
        results(event.target);
    }, true);

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.kb-search .kb-search-go') : null;
        if (button) {
            event.preventDefault();
            results(button.closest('.kb-search').querySelector('input.kb-search-input'));
        }
    });
})();
