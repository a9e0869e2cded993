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

// The service worker (public/sw.js) keeps the app shell and the last overview for offline
// use. When it answers from what it kept, it says so, and the page shows since when.
(function () {
  if (!("serviceWorker" in navigator)) return;
  window.addEventListener("load", function () {
    navigator.serviceWorker.register("/sw.js").catch(function () {
      // Without a service worker the app works as before, online only.
    });
  });
  var BANNER_ID = "offline-banner";
  function fetchedAtText(at) {
    var lang = document.documentElement.getAttribute("lang") === "en" ? "en" : "ru";
    var when = new Date(at);
    var sameDay = when.toDateString() === new Date().toDateString();
    var options = sameDay
      ? { hour: "2-digit", minute: "2-digit" }
      : { day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" };
    var time = when.toLocaleString(lang === "en" ? "en-GB" : "ru-RU", options);
    return lang === "en"
      ? "Offline: the data is from " + time + ". It updates when the connection is back."
      : "Нет связи: данные от " + time + ". Обновятся, когда связь вернётся.";
  }
  function show(at) {
    var banner = document.getElementById(BANNER_ID);
    if (!banner) {
      banner = document.createElement("div");
      banner.id = BANNER_ID;
      banner.className = "offline-banner";
      banner.setAttribute("role", "status");
      banner.setAttribute("data-testid", "offline-banner");
      document.body.appendChild(banner);
    }
    banner.textContent = fetchedAtText(at);
  }
  function hide() {
    var banner = document.getElementById(BANNER_ID);
    if (banner) banner.remove();
  }
  navigator.serviceWorker.addEventListener("message", function (event) {
    var message = event.data || {};
    if (message.type === "mymts-offline") show(message.fetchedAt);
    if (message.type === "mymts-online") hide();
  });
})();

// The overview's data are asked for at once, while the app itself still downloads; the app
// takes this answer (app/src/api/mod.rs, `prefetched`) instead of asking again after it
// starts, so the numbers paint one round trip sooner.
(function () {
  if (location.pathname !== "/dashboard" || !window.fetch) return;
  var account = new URLSearchParams(location.search).get("account");
  var path = "/api/dashboard" + (account && /^[1-9][0-9]{0,17}$/.test(account) ? "?account=" + account : "");
  var kept = {};
  kept[path] = fetch(path, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  window.__mymtsPrefetch = kept;
})();
