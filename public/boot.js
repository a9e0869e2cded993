// Runs before the app starts (no defer): applies the stored theme and language so the first
// paint is already right. Mirrors app/src/theme.rs and app/src/i18n/mod.rs.
(function () {
  var root = document.documentElement;
  var theme = "system";
  var lang = "ru";
  try {
    var storedTheme = localStorage.getItem("mymts.theme");
    if (storedTheme === "light" || storedTheme === "dark" || storedTheme === "system") {
      theme = storedTheme;
    }
    var storedLang = localStorage.getItem("mymts.lang");
    if (storedLang === "ru" || storedLang === "en") {
      lang = storedLang;
    }
  } catch (e) {
    // Storage may be disabled; the defaults apply.
  }
  root.setAttribute("data-theme", theme);
  root.setAttribute("lang", lang);
})();
