// The course site's reading aids, run after render.js has typeset the maths and highlighted the code:
// the phone menu, copy buttons on code, inline formulas too wide for the column, and the offline search.
(function () {
  // The menu button shows the chapter sidebar on a phone (on a desktop the sidebar is always there).
  var menu = document.querySelector('.menu-button');
  if (menu) {
    menu.addEventListener('click', function () {
      var open = document.body.classList.toggle('menu-open');
      menu.setAttribute('aria-expanded', String(open));
    });
    document.getElementById('sidebar').addEventListener('click', function (event) {
      if (event.target.closest('a')) {
        document.body.classList.remove('menu-open');
        menu.setAttribute('aria-expanded', 'false');
      }
    });
  }

  // Copy buttons. On http(s) the clipboard API copies; a page opened from file:// selects the code and asks the
  // browser to copy the selection, and the selection stays for Ctrl+C if the browser says no.
  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  function copied(button, how) {
    button.textContent = how === 'copied' ? 'Copied' : 'Press Ctrl+C';
    button.setAttribute('data-copied', how);
  }
  document.querySelectorAll('pre.input').forEach(function (pre) {
    var box = document.createElement('div');
    box.className = 'code-box';
    pre.parentNode.insertBefore(box, pre);
    box.appendChild(pre);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy this code');
    box.appendChild(button);
    button.addEventListener('click', function () {
      var text = pre.textContent;
      if (navigator.clipboard && window.isSecureContext && location.protocol !== 'file:') {
        navigator.clipboard.writeText(text).then(function () { copied(button, 'copied'); },
          function () { selectText(pre); copied(button, 'selected'); });
        return;
      }
      selectText(pre);
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (ignored) { ok = false; }
      copied(button, ok ? 'copied' : 'selected');
    });
  });

  // The Notebook link. Over http(s) its download attribute saves the notebook. A page opened from file:// has no
  // origin, so Chromium ignores the attribute and shows the JSON: there the link loads the notebook's text from its
  // script (site/notebook-files/, written by the export) and saves that as the file; without it, the link opens.
  document.querySelectorAll('a.notebook[data-file-script]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      if (location.protocol !== 'file:') { return; }
      event.preventDefault();
      var script = document.createElement('script');
      script.src = link.getAttribute('data-file-script');
      script.onload = function () {
        var file = window.courseNotebookFile;
        var url = URL.createObjectURL(new Blob([file.text], { type: 'application/x-ipynb+json' }));
        var save = document.createElement('a');
        save.href = url;
        save.download = file.name;
        document.body.appendChild(save);
        save.click();
        save.remove();
        script.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
      };
      script.onerror = function () { location.href = link.href; };
      document.head.appendChild(script);
    });
  });

  // An inline formula wider than its column gets a box of its own that scrolls sideways.
  function fitFormulas() {
    document.querySelectorAll('span.math.inline').forEach(function (math) {
      math.classList.remove('wide');
      var column = math.parentElement;
      if (column && math.getBoundingClientRect().width > column.clientWidth) math.classList.add('wide');
    });
  }
  fitFormulas();
  window.addEventListener('resize', fitFormulas);

  // The offline search: lunr indexes the sections the export wrote (search-index.js) when the reader first types.
  var input = document.getElementById('search');
  var list = document.getElementById('search-results');
  var sections = window.courseSearchSections;
  if (!input || !list || typeof lunr === 'undefined' || !sections) {
    if (input) input.parentNode.hidden = true;
    return;
  }
  var index = null;
  function build() {
    return lunr(function () {
      this.ref('url');
      this.field('title', { boost: 10 });
      this.field('chapter', { boost: 2 });
      this.field('text');
      sections.forEach(function (section) { this.add(section); }, this);
    });
  }
  var byUrl = {};
  sections.forEach(function (section) { byUrl[section.url] = section; });
  function search(words) {
    var tokens = lunr.tokenizer(words);
    if (tokens.length === 0) return [];
    return index.query(function (query) {
      tokens.forEach(function (token) {
        query.term(token, { boost: 10 });
        query.term(token, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
      });
    });
  }
  function show() {
    var words = input.value.trim();
    list.textContent = '';
    if (words.length < 2) { list.hidden = true; return; }
    index = index || build();
    var results = search(words).slice(0, 12);
    if (results.length === 0) {
      var none = document.createElement('li');
      none.className = 'none';
      none.textContent = 'Nothing found for "' + words + '"';
      list.appendChild(none);
    }
    results.forEach(function (result) {
      var section = byUrl[result.ref];
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = section.url;
      var title = document.createElement('span');
      title.className = 'result-title';
      title.textContent = section.title;
      var chapter = document.createElement('span');
      chapter.className = 'result-chapter';
      chapter.textContent = section.chapter;
      link.appendChild(title);
      link.appendChild(chapter);
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = false;
  }
  input.addEventListener('input', show);
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { input.value = ''; show(); }
    if (event.key === 'Enter') {
      var first = list.querySelector('a');
      if (first) first.click();
    }
  });
})();
