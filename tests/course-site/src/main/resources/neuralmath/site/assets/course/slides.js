// Fits every slide of a course deck to reveal.js's slide (CONFIG.width x CONFIG.height), then starts reveal.js.
// It runs after render.js has typeset the maths, once fonts and images are in, and lays the slides out as reveal.js
// will show them. What is wider than the slide is scaled down (code wraps, by slides.css). What is taller is split:
// the slide breaks before the block that does not fit, which goes with the rest onto a vertical subslide below it
// (a chart, a table, a long output gets a slide of its own); a block taller than a whole slide is split inside
// (code and text output between lines, a table between rows with its header repeated, a list between items); an
// image is scaled to the room left; what cannot be split is scaled down. Speaker notes stay with the first part.
(function () {
  'use strict';

  var CONFIG = {
    hash: true, center: false, width: 1280, height: 800, margin: 0.04, minScale: 0.2, maxScale: 2.0,
    slideNumber: 'c/t', showSlideNumber: 'all', pdfSeparateFragments: false, plugins: [RevealNotes]
  };
  /** An image keeps its place when at least this share of it fits the room left; else it moves to a new slide. */
  var IMAGE_SHARE_KEPT = 0.6;
  /**
   * Room (px) left free at the foot of every slide: reveal.js's own layout of a slide can differ from the one measured
   * here by a few pixels (rounding of scaled fonts and images).
   */
  var FOOT = 8;
  /** Room (px) below which a block taller than a slide starts on the next slide instead. */
  var MIN_ROOM = 160;
  /** Room (px) the "(continued)" title takes at the top of a subslide that slides.js splits off. */
  var CONTINUED_TITLE = 80;
  var CONTAINERS = 'div.cell, div.output, div.fragment, div.solution-slide, blockquote, aside.callout, details, ' +
      'div.markdown, section';

  var reveal = document.querySelector('.reveal');

  /** The slides of the deck, without the sections that stack vertical slides. */
  function leaves() {
    return Array.from(reveal.querySelectorAll('.slides section')).filter(function (s) {
      return !s.querySelector('section');
    });
  }

  function px(element, property) {
    return parseFloat(getComputedStyle(element).getPropertyValue(property)) || 0;
  }

  /** The blocks a slide or block is made of, in order: its element children that take room (no speaker notes). */
  function blocks(parent) {
    return Array.from(parent.children).filter(function (child) {
      return !child.matches('aside.notes, script, style') && getComputedStyle(child).display !== 'none';
    });
  }

  function isHeading(element) {
    return /^H[1-6]$/.test(element.tagName);
  }

  // ---- width ----

  /** Scales down a formula, table or image output wider than its box. */
  function fitWidth(section) {
    section.querySelectorAll('span.math.display, table, div.output > *').forEach(function (element) {
      var box = element.parentElement.getBoundingClientRect().width;
      var wide = Math.max(element.scrollWidth, element.getBoundingClientRect().width);
      if (wide > box + 1) {
        element.style.zoom = String(Math.floor(box / wide * 1000) / 1000);
      }
    });
  }

  // ---- height ----

  /** What findBreak returns when it scaled a block to fit: the slide is measured again. */
  var MEASURE_AGAIN = { again: true };

  /**
   * The place before which the slide breaks, MEASURE_AGAIN when it scaled a block into the room instead, or null when
   * everything in {@code parent} fits above {@code limit}. {@code first}: nothing but headings above it on the slide.
   */
  function findBreak(parent, limit, first) {
    var kids = blocks(parent);
    var slideTop = parent.closest('section').getBoundingClientRect().top;
    for (var i = 0; i < kids.length; i++) {
      var kid = kids[i];
      var box = kid.getBoundingClientRect();
      if (box.bottom + px(kid, 'margin-bottom') <= limit) {
        first = first && (isHeading(kid) || kid.classList.contains('continued'));
        continue;
      }
      var room = limit - box.top;
      if (imageKeptIn(kid, room)) {
        return MEASURE_AGAIN;
      }
      var fitsAFreshSlide = box.height <= limit - slideTop - CONTINUED_TITLE;
      if (!first && (fitsAFreshSlide || room < MIN_ROOM)) {
        return { before: kid };
      }
      var inside = breakInside(kid, limit, first);
      if (inside) {
        return inside;
      }
      if (!first) {
        return { before: kid };
      }
      shrink(kid, room);
      return MEASURE_AGAIN;
    }
    return null;
  }

  /** The one image of a block, or null when it has none or several. */
  function onlyImage(block) {
    if (block.matches('img')) {
      return block;
    }
    var images = block.querySelectorAll('img');
    return images.length === 1 ? images[0] : null;
  }

  /** Whether the block has one image and fits the room when it is scaled by no less than IMAGE_SHARE_KEPT. */
  function imageKeptIn(block, room) {
    var image = onlyImage(block);
    if (!image) {
      return false;
    }
    var height = image.getBoundingClientRect().height;
    var available = room - (block.getBoundingClientRect().height - height) - px(block, 'margin-bottom') - 4;
    if (available >= height * IMAGE_SHARE_KEPT && available < height) {
      image.style.maxHeight = Math.floor(available) + 'px';
      image.style.width = 'auto';
      return true;
    }
    return false;
  }

  /** Splits inside a block that overflows; null when it cannot be split there. */
  function breakInside(block, limit, first) {
    if (block.matches('pre')) {
      return lineBreak(block, limit);
    }
    if (block.matches('table')) {
      return rowBreak(block, limit);
    }
    if (block.matches('ul, ol')) {
      return itemBreak(block, limit);
    }
    if (block.matches(CONTAINERS) && blocks(block).length > 0) {
      return findBreak(block, limit, first);
    }
    return null;
  }

  /** Breaks a pre (code or text output) before its first line that ends below the limit; at least one line stays. */
  function lineBreak(pre, limit) {
    var walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
    var range = document.createRange();
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var text = node.data;
      for (var at = text.indexOf('\n'); at >= 0 && at + 1 < text.length; at = text.indexOf('\n', at + 1)) {
        range.setStart(node, at + 1);
        range.setEnd(node, at + 2);
        var rect = range.getBoundingClientRect();
        if (rect.height > 0 && rect.bottom + px(pre, 'padding-bottom') > limit) {
          return { node: node, offset: at + 1, pre: pre };
        }
      }
    }
    return null;
  }

  /** Breaks a table before its first body row that ends below the limit; at least one row stays. */
  function rowBreak(table, limit) {
    var rows = Array.from(table.querySelectorAll(':scope > tbody > tr, :scope > tr'));
    for (var i = 1; i < rows.length; i++) {
      if (rows[i].getBoundingClientRect().bottom > limit) {
        return { before: rows[i], table: table };
      }
    }
    return null;
  }

  /** Breaks a list before its first item that ends below the limit; at least one item stays. */
  function itemBreak(list, limit) {
    var items = Array.from(list.children);
    for (var i = 1; i < items.length; i++) {
      if (items[i].getBoundingClientRect().bottom > limit) {
        return { before: items[i], list: list, index: i };
      }
    }
    return null;
  }

  /** Scales a block that can be split no further into the room left. */
  function shrink(block, room) {
    var image = onlyImage(block);
    if (image) {
      var rest = block.getBoundingClientRect().height - image.getBoundingClientRect().height;
      image.style.maxHeight = Math.max(80, Math.floor(room - rest - px(block, 'margin-bottom') - 4)) + 'px';
      image.style.width = 'auto';
      return;
    }
    var height = block.getBoundingClientRect().height + px(block, 'margin-bottom');
    block.style.zoom = String(Math.max(0.3, Math.floor(room / height * 0.98 * 1000) / 1000));
  }

  /** Moves everything from the break to the end of {@code section} onto a new subslide right below it. */
  function split(section, place) {
    var range = document.createRange();
    if (place.node) {
      range.setStart(place.node, place.offset);
    } else {
      range.setStartBefore(place.before);
    }
    range.setEndAfter(section.lastChild);
    var rest = range.extractContents();
    Array.from(rest.children).filter(function (child) {
      return child.matches('aside.notes');
    }).forEach(function (note) {
      section.appendChild(note);
    });
    var next = document.createElement('section');
    var headings = section.querySelectorAll('h1, h2, h3');
    var title = headings[headings.length - 1];
    var opening = rest.firstElementChild;
    while (opening && opening.matches(CONTAINERS) && opening.firstElementChild) {
      opening = opening.firstElementChild;
    }
    var opensWithHeading = opening && isHeading(opening);
    if (title && !opensWithHeading) {
      var heading = document.createElement('h3');
      heading.className = 'continued';
      heading.innerHTML = title.innerHTML.replace(/ \(continued\)$/, '') + ' (continued)';
      next.appendChild(heading);
    }
    next.appendChild(rest);
    repeatHeader(next, place);
    continueNumbering(next, place);
    unhideFirst(next);
    if (section.parentElement.matches('.slides')) {
      var stack = document.createElement('section');
      section.parentElement.insertBefore(stack, section);
      stack.appendChild(section);
    }
    section.parentElement.insertBefore(next, section.nextSibling);
    return next;
  }

  function repeatHeader(next, place) {
    if (place.table && place.table.tHead) {
      var table = next.querySelector('table');
      if (table && !table.tHead) {
        table.insertBefore(place.table.tHead.cloneNode(true), table.firstChild);
      }
    }
  }

  function continueNumbering(next, place) {
    if (place.list && place.list.tagName === 'OL') {
      var list = next.querySelector('ol');
      if (list) {
        list.setAttribute('start', String((parseInt(place.list.getAttribute('start'), 10) || 1) + place.index));
      }
    }
  }

  /** A part that opens a new subslide is shown at once, not as a fragment of an empty slide. */
  function unhideFirst(next) {
    var first = blocks(next).filter(function (b) { return !b.classList.contains('continued'); })[0];
    if (first && first.classList.contains('fragment')) {
      first.classList.remove('fragment');
    }
  }

  /**
   * Splits the slide until every part fits, the parts it splits off and the part it keeps alike (a part can end
   * taller than measured: the margins of the blocks split around the break). When every block seems to fit but the
   * slide is still too tall (margins that reach out of their block, rounding), the limit is tightened by the excess.
   */
  function fitHeight(slide) {
    var height = CONFIG.height - FOOT;
    var parts = [slide];
    var slack = 0;
    for (var steps = 0; parts.length > 0 && steps < 400; steps++) {
      var section = parts[0];
      if (section.scrollHeight <= height) {
        parts.shift();
        slack = 0;
        continue;
      }
      var place = findBreak(section, section.getBoundingClientRect().top + height
          - px(section, 'padding-bottom') - slack, true);
      if (!place) {
        slack += section.scrollHeight - height + 1;
        if (slack > height / 2) {
          parts.shift();
          slack = 0;
        }
      } else if (!place.again) {
        parts.splice(1, 0, split(section, place));
        slack = 0;
      }
    }
  }

  /** Scales down whatever still reaches past the slide's right edge: the outermost element that does. */
  function fitWidthOfParts(section) {
    var right = section.getBoundingClientRect().right;
    if (section.scrollWidth <= CONFIG.width) {
      return;
    }
    Array.from(section.querySelectorAll('*')).forEach(function (element) {
      var box = element.getBoundingClientRect();
      var parent = element.parentElement.getBoundingClientRect();
      if (box.width > 0 && box.right > right + 0.5 && parent.right <= right + 0.5) {
        element.style.zoom = String(Math.floor((right - box.left) / box.width * 0.99 * 1000) / 1000);
      }
    });
  }

  function whenLaidOut() {
    reveal.classList.add('fitting');
    reveal.querySelector('.slides').style.width = CONFIG.width + 'px';
    void reveal.offsetHeight;
    var images = Array.from(document.images).map(function (image) {
      return image.decode ? image.decode().catch(function () { return null; }) : null;
    });
    // Every font the styles declare (the theme's and KaTeX's, all local files), not only those already asked for.
    var fonts = Array.from(document.fonts).map(function (font) {
      return font.load().catch(function () { return null; });
    });
    return Promise.all([document.fonts.ready].concat(fonts, images));
  }

  function fit() {
    var queue = leaves();
    queue.forEach(fitWidth);
    queue.forEach(fitHeight);
    leaves().forEach(fitWidthOfParts);
    reveal.classList.remove('fitting');
    reveal.querySelector('.slides').style.removeProperty('width');
  }

  whenLaidOut().then(fit, fit).then(function () {
    Reveal.initialize(CONFIG);
  });
})();
