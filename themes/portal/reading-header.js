// Title suggestions in the header search of the server-rendered pages, as the Vaadin header offers them: an ARIA 1.2
// combobox with a list box (WAI-ARIA Authoring Practices, "list autocomplete"). Typing asks /sog/forslag; Down and
// Up move through the titles, Enter opens the one chosen (with none chosen, the form searches everything as
// before), Escape closes the list. Without this script the field is a plain search form.
const input = document.getElementById('header-search');
const form = input?.form;

if (input && form) {
  const list = document.createElement('ul');
  list.id = 'header-search-suggestions';
  list.className = 'portal-suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', input.dataset.suggestionsLabel);
  list.hidden = true;
  const status = document.createElement('div');
  status.className = 'portal-visually-hidden';
  status.setAttribute('role', 'status');
  form.append(list, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('autocomplete', 'off');

  let asked = 0;
  let timer;
  let active = -1;

  const options = () => [...list.children];

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index) => {
    options().forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    active = index;
    if (index < 0) {
      input.removeAttribute('aria-activedescendant');
    } else {
      input.setAttribute('aria-activedescendant', options()[index].id);
      options()[index].scrollIntoView({ block: 'nearest' });
    }
  };

  const show = (suggestions) => {
    list.replaceChildren(...suggestions.map((suggestion, i) => {
      const option = document.createElement('li');
      option.id = `header-search-suggestion-${i}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.dataset.path = suggestion.path;
      const title = document.createElement('span');
      title.textContent = suggestion.title;
      const kind = document.createElement('span');
      kind.className = 'portal-suggestion-kind';
      kind.textContent = ` – ${suggestion.kind}`;
      option.append(title, kind);
      // Before the field loses focus, so that the click is not lost to the list closing.
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => window.location.assign(suggestion.path));
      return option;
    }));
    active = -1;
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(suggestions.length > 0));
    input.removeAttribute('aria-activedescendant');
    status.textContent = suggestions.length === 0 ? input.dataset.suggestionsNone
      : input.dataset.suggestionsCount.replace('{0}', String(suggestions.length));
  };

  const suggest = async () => {
    const typed = input.value.trim();
    const ask = ++asked;
    if (typed.length < 2) {
      close();
      status.textContent = '';
      return;
    }
    try {
      const response = await fetch(`/sog/forslag?q=${encodeURIComponent(typed)}`, { headers: { Accept: 'application/json' } });
      const suggestions = response.ok ? await response.json() : [];
      // An answer to something typed before the last keystroke is of no use.
      if (ask === asked) {
        show(suggestions);
      }
    } catch {
      close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 150);
  });
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      if (list.hidden) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      highlight((active + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0 && !list.hidden) {
      event.preventDefault();
      highlight(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && active >= 0 && !list.hidden) {
      event.preventDefault();
      window.location.assign(options()[active].dataset.path);
    }
  });
  input.addEventListener('blur', close);
}

// The phone menu is a popover and needs no script; with it, opening the menu moves the focus to its first link, as
// the panel covers the Menu button (Escape returns the focus there), the panel closes when the focus leaves it (Tab
// past its last button would otherwise go on under it, out of sight), and widening the window past the phone layout
// closes it, as it would otherwise float over the header.
const menu = document.getElementById('site-menu');

if (menu && menu.popover !== undefined) {
  menu.addEventListener('toggle', (event) => {
    if (event.newState === 'open') {
      menu.querySelector('a')?.focus();
    }
  });
  menu.addEventListener('focusout', (event) => {
    if (menu.matches(':popover-open') && !menu.contains(event.relatedTarget)) {
      menu.hidePopover();
    }
  });
  window.matchMedia('(min-width: 36em)').addEventListener('change', (wide) => {
    if (wide.matches && menu.matches(':popover-open')) {
      menu.hidePopover();
    }
  });
}

// Groups the server renders open (the catalogue's facets) start closed on phones, where they would push the results
// down, unless they hold a choice; as wide as the catalogue puts its facets beside the results, they stay open.
// Without this script every group is open; opening and closing stay the <summary>'s (keyboard included).
if (!window.matchMedia('(min-width: 62em)').matches) {
  document.querySelectorAll('details[data-closed-on-phones]').forEach((details) => {
    details.open = false;
  });
}
