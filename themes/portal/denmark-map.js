// <portal-denmark-map>: a map of Denmark drawn with Leaflet (BSD-2, served by the portal from its WebJar) on the
// outline the portal ships (themes/portal/map/denmark.json, Natural Earth), with no tile server and no request to
// anyone else unless a tile layer is configured (data-tiles). The places come as JSON in data-places, text only:
// every name, text and address is put in the page as text or as an attribute, never as HTML. Places close together
// at the current zoom are drawn as one cluster, which zooms in when chosen; a place opens a card with its links.
// Markers are buttons in the keyboard's order (Enter or Space opens, Escape closes the card and goes back to its
// marker, wherever the focus is on the map); the map itself pans with the arrow keys
// and zooms with + and -. The list beside the map (the list alternative) holds the same places for everyone.
const CLUSTER_RADIUS = 44;
const MIN_ZOOM = 4;
const MAX_ZOOM = 12;
let library;

function loadLibrary(script, stylesheet) {
  if (!library) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheet;
    document.head.append(link);
    // Leaflet's UMD build, imported rather than added as a script element (a page holds no script without its nonce):
    // it sets globalThis.leaflet.
    library = import(script).then(() => globalThis.leaflet);
  }
  return library;
}

/**
 * Only the portal's own addresses ("/…" that stay on this origin, so neither "//host" nor "/\host"): nothing from the
 * data can become a javascript: link or a link elsewhere.
 */
function ownAddress(href) {
  if (typeof href !== 'string' || !href.startsWith('/')) {
    return null;
  }
  try {
    return new URL(href, window.location.origin).origin === window.location.origin ? href : null;
  } catch {
    return null;
  }
}

function element(tag, className, text) {
  const made = document.createElement(tag);
  if (className) {
    made.className = className;
  }
  if (text != null) {
    made.textContent = text;
  }
  return made;
}

function escaped(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

class DenmarkMap extends HTMLElement {
  static get observedAttributes() {
    return ['data-places'];
  }

  connectedCallback() {
    // Vaadin sets the attributes after attaching the element: wait for the next frame before reading them.
    requestAnimationFrame(() => this.draw());
  }

  disconnectedCallback() {
    this.resizes?.disconnect();
  }

  attributeChangedCallback() {
    if (this.map) {
      this.places = this.parsedPlaces();
      this.showPlaces();
    }
  }

  parsedPlaces() {
    try {
      const places = JSON.parse(this.dataset.places || '[]');
      return Array.isArray(places) ? places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon)) : [];
    } catch {
      return [];
    }
  }

  async draw() {
    if (this.drawing || !this.isConnected) {
      return;
    }
    this.drawing = true;
    const [L, outline] = await Promise.all([loadLibrary(this.dataset.library, this.dataset.stylesheet),
      fetch(this.dataset.outline).then((response) => response.json())]);
    const canvas = element('div', 'portal-map-canvas');
    canvas.setAttribute('role', 'region');
    canvas.setAttribute('aria-label', this.dataset.label || '');
    canvas.id = `${this.id || 'portal-map'}-canvas`;
    this.append(canvas);
    const map = L.map(canvas, {
      minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, zoomSnap: 0.25, zoomDelta: 1, zoomControl: false, keyboard: true,
      // A card is there at once, at full contrast, rather than fading in.
      fadeAnimation: false,
    });
    this.map = map;
    this.L = L;
    this.zoomControl = L.control.zoom({ zoomInTitle: this.dataset.zoomIn || '+', zoomOutTitle: this.dataset.zoomOut || '−' })
      .addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    const tiles = this.dataset.tiles;
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: MAX_ZOOM, attribution: escaped(this.dataset.attribution || '') }).addTo(map);
    }
    const land = L.geoJSON(outline, {
      interactive: false,
      attribution: 'Natural Earth',
      style: tiles ? { color: '#454545', weight: 1, fill: false } : { color: '#707070', weight: 1, fillColor: '#ffffff', fillOpacity: 1 },
    }).addTo(map);
    const bounds = land.getBounds();
    map.setMaxBounds(bounds.pad(0.5));
    map.fitBounds(bounds, { padding: [8, 8] });
    const closeLabel = this.dataset.close;
    map.on('popupopen', (event) => {
      this.openCard = event.popup;
      const close = event.popup.getElement()?.querySelector('.leaflet-popup-close-button');
      if (close && closeLabel) {
        close.setAttribute('aria-label', closeLabel);
        close.title = closeLabel;
      }
      event.popup.getElement()?.querySelector('.portal-map-card a')?.focus({ preventScroll: true });
    });
    map.on('popupclose', (event) => {
      if (this.openCard === event.popup) {
        this.openCard = null;
      }
      const opener = event.popup._source?.getElement?.();
      if (opener && this.contains(document.activeElement) && !opener.contains(document.activeElement)) {
        opener.focus({ preventScroll: true });
      }
    });
    // Leaflet hears Escape only while the map's container has the focus, and the card takes it to its link: Escape
    // anywhere on the map closes the card and goes back to the marker that opened it. Leaflet opens a marker on
    // Enter only (keypress); a place's marker opens on Enter and Space here, the default (and keypress) prevented.
    this.placeMarkers = new WeakMap();
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.openCard) {
        const opener = this.openCard._source?.getElement?.();
        event.preventDefault();
        event.stopPropagation();
        map.closePopup(this.openCard);
        opener?.focus({ preventScroll: true });
      } else if ((event.key === 'Enter' || event.key === ' ') && this.placeMarkers.has(event.target)) {
        event.preventDefault();
        this.placeMarkers.get(event.target).openPopup();
      }
    });
    this.layer = L.layerGroup().addTo(map);
    map.on('zoomend', () => this.showPlaces());
    this.resizes = new ResizeObserver(() => map.invalidateSize());
    this.resizes.observe(canvas);
    this.places = this.parsedPlaces();
    this.showPlaces();
    this.drawLines();
  }

  /** The places as markers, those within CLUSTER_RADIUS pixels of a bigger one at this zoom joined into a cluster. */
  showPlaces() {
    const { L, map } = this;
    const zoom = map.getZoom();
    const clusters = [];
    [...this.places].sort((a, b) => (b.count || 0) - (a.count || 0)).forEach((place) => {
      const point = map.project([place.lat, place.lon], zoom);
      const near = clusters.find((cluster) => cluster.point.distanceTo(point) < CLUSTER_RADIUS);
      if (near) {
        near.places.push(place);
      } else {
        clusters.push({ point, places: [place] });
      }
    });
    this.layer.clearLayers();
    let focus = null;
    clusters.forEach((cluster) => {
      const marker = cluster.places.length === 1 ? this.placeMarker(cluster.places[0])
        : this.clusterMarker(cluster.places);
      this.layer.addLayer(marker);
      if (this.focusPlace && cluster.places.includes(this.focusPlace)) {
        focus = marker.getElement();
      }
    });
    if (this.focusPlace) {
      this.focusPlace = null;
      (focus || map.getContainer()).focus({ preventScroll: true });
    }
  }

  placeMarker(place) {
    const { L } = this;
    const label = place.summary || place.name;
    const marker = L.marker([place.lat, place.lon], {
      icon: this.icon('portal-map-marker', place.count, 34), keyboard: true, title: label, alt: label, riseOnHover: true,
    });
    marker.on('add', () => {
      marker.getElement()?.setAttribute('aria-label', label);
      this.placeMarkers.set(marker.getElement(), marker);
    });
    marker.bindPopup(() => this.card(place), {
      maxWidth: 260, minWidth: 180, autoPanPadding: [16, 16], autoPanPaddingTopLeft: this.clearOfZoom(),
    });
    return marker;
  }

  clusterMarker(places) {
    const { L, map } = this;
    const count = places.reduce((sum, place) => sum + (place.count || 0), 0);
    const label = (this.dataset.clusterLabel || '{0}').replace('{0}', count).replace('{1}', places.length);
    const marker = L.marker([this.mean(places, 'lat'), this.mean(places, 'lon')], {
      icon: this.icon('portal-map-marker portal-map-cluster', count, 44), keyboard: true, title: label,
      riseOnHover: true,
    });
    marker.on('add', () => marker.getElement()?.setAttribute('aria-label', label));
    const zoomIn = () => {
      this.focusPlace = places[0];
      const bounds = L.latLngBounds(places.map((place) => [place.lat, place.lon]));
      const next = Math.min(Math.max(map.getBoundsZoom(bounds, false, L.point(60, 60)), map.getZoom() + 1), MAX_ZOOM);
      map.setView(bounds.getCenter(), next);
    };
    marker.on('click', zoomIn);
    marker.on('keypress', (event) => {
      if (event.originalEvent.key === 'Enter' || event.originalEvent.key === ' ') {
        event.originalEvent.preventDefault();
        zoomIn();
      }
    });
    return marker;
  }

  mean(places, field) {
    return places.reduce((sum, place) => sum + place[field], 0) / places.length;
  }

  icon(className, count, size) {
    const number = element('span', 'portal-map-count', String(count));
    number.setAttribute('aria-hidden', 'true');
    return this.L.divIcon({ className, html: number, iconSize: [size, size] });
  }

  /**
   * The room an opened card keeps at the map's top left: below the zoom buttons, which covered a card's corner on a
   * 360 px phone (the map pans the card clear of them, as it keeps it inside the map).
   */
  clearOfZoom() {
    const buttons = this.zoomControl.getContainer();
    return [16, Math.max(buttons.offsetTop + buttons.offsetHeight + 8, 16)];
  }

  /** A place's card: its summary (name and count), a link for each marker with its short text, and "all" when more. */
  card(place) {
    const card = element('div', 'portal-map-card');
    card.append(element('p', 'portal-map-card-title', place.summary || place.name));
    const list = element('ul', 'portal-map-card-list');
    (place.markers || []).forEach((item) => {
      const entry = element('li');
      const href = ownAddress(item.href);
      const name = href ? element('a', null, item.label) : element('span', null, item.label);
      if (href) {
        name.href = href;
      }
      name.lang = 'da';
      entry.append(name);
      if (item.text) {
        entry.append(element('span', 'portal-map-card-meta', item.text));
      }
      list.append(entry);
    });
    card.append(list);
    const more = ownAddress(place.more);
    if (more) {
      const link = element('a', 'portal-map-card-more', this.dataset.more || place.name);
      link.href = more;
      card.append(link);
    }
    return card;
  }

  /**
   * The lines between places (data-lines: [{from: [lat, lon], to: [lat, lon], count}]), thicker for more; not
   * interactive and drawn under the markers, as the page's list alternative names each line.
   */
  drawLines() {
    const { L, map } = this;
    let lines = [];
    try {
      const parsed = JSON.parse(this.dataset.lines || '[]');
      lines = Array.isArray(parsed) ? parsed : [];
    } catch {
      lines = [];
    }
    const point = (p) => Array.isArray(p) && p.length === 2 && p.every(Number.isFinite);
    const valid = lines.filter((line) => point(line.from) && point(line.to));
    if (!valid.length) {
      return;
    }
    // A pane of their own, above the outline (the overlay pane, 400) and below the markers (600).
    const pane = map.createPane('portal-map-lines');
    pane.style.zIndex = 450;
    valid.forEach((line) => {
      L.polyline([line.from, line.to], {
        pane: 'portal-map-lines', interactive: false, color: '#0059b3', opacity: 0.8,
        weight: 2 + Math.min(Number(line.count) || 1, 5),
      }).addTo(map);
    });
  }
}

if (!customElements.get('portal-denmark-map')) {
  customElements.define('portal-denmark-map', DenmarkMap);
}
