// The one script every page loads: theme switch, phone menu, the search shortcuts (/ and Ctrl/⌘-K),
// and the header's results as you type (their code is fetched only when the reader starts typing).
const root = document.documentElement;

function currentTheme(): 'light' | 'dark' {
  const set = root.dataset.theme;
  if (set === 'light' || set === 'dark') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const themeButton = document.querySelector<HTMLButtonElement>('#theme-toggle');
function syncThemeButton() {
  if (!themeButton) return;
  // The label says what a press does: to the other theme.
  themeButton.textContent = currentTheme() === 'dark' ? 'Nền sáng' : 'Nền tối';
  themeButton.title = currentTheme() === 'dark' ? 'Chuyển sang nền sáng' : 'Chuyển sang nền tối';
}
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', syncThemeButton);
themeButton?.addEventListener('click', () => {
  const next = currentTheme() === 'dark' ? 'light' : 'dark';
  root.dataset.theme = next;
  try {
    localStorage.setItem('theme', next);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  syncThemeButton();
});
syncThemeButton();

const menuButton = document.querySelector<HTMLButtonElement>('#menu-toggle');
const sidebar = document.querySelector<HTMLElement>('#sidebar');
menuButton?.addEventListener('click', () => {
  const open = !sidebar?.classList.contains('open');
  sidebar?.classList.toggle('open', open);
  menuButton.setAttribute('aria-expanded', String(open));
  if (open) sidebar?.querySelector<HTMLElement>('a, summary')?.focus();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && sidebar?.classList.contains('open')) {
    sidebar.classList.remove('open');
    menuButton?.setAttribute('aria-expanded', 'false');
    menuButton?.focus();
  }
  const input = document.querySelector<HTMLInputElement>('#site-search');
  const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(input|textarea|select)$/i.test(e.target.tagName));
  if (!input) return;
  if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
    e.preventDefault();
    input.focus();
    input.select();
  }
});

const searchForm = document.querySelector<HTMLFormElement>('.search-form');
const searchInput = document.querySelector<HTMLInputElement>('#site-search');
searchInput?.addEventListener(
  'input',
  () => {
    void import('./quick-search.ts').then(({ startQuickSearch }) => startQuickSearch(searchForm!, searchInput));
  },
  { once: true },
);
