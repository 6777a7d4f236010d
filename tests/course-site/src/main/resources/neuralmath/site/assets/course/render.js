// Typesets the maths and highlights the code of a course page or slide deck. The exporter has already taken every
// $...$ and $$...$$ out of the Markdown into span.math elements holding the TeX as text, so KaTeX renders exactly
// what the notebook says. A formula KaTeX cannot parse stays visible as TeX and is reported on the console.
(function () {
  document.querySelectorAll('span.math').forEach(function (element) {
    var tex = element.textContent;
    try {
      katex.render(tex, element, { displayMode: element.classList.contains('display'), throwOnError: true });
    } catch (error) {
      element.classList.add('math-error');
      element.title = String(error.message || error);
      console.error('KaTeX cannot typeset "' + tex + '": ' + element.title);
    }
  });
  document.querySelectorAll('pre code[class*="language-"]').forEach(function (element) {
    hljs.highlightElement(element);
  });
  document.documentElement.setAttribute('data-rendered', 'true');
})();
