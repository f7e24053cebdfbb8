"""Datasette plugin (loaded with ``--plugins-dir``): links from a program to its evidence, and
map markers coloured by precedent.

- In ``img_precedent`` the ``residents`` count links to that program's resident rows (the
  evidence behind ``img``/``do``), unless the database is the public, aggregate-only edition.
- On tables that datasette-cluster-map draws, each marker is coloured by the program's
  precedent (IMG and DO, IMG, DO, none) and a legend sits under the map. The cluster map builds
  a marker's popup from the row; the script reads the two precedent flags back from it.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from datasette import hookimpl
from markupsafe import Markup, escape

COLOURS = {"both": "#6a3d9a", "img": "#1f78b4", "do": "#33a02c", "none": "#9e9e9e"}
LABELS = {"both": "IMG and DO precedent", "img": "IMG precedent", "do": "DO precedent",
          "none": "none read"}


@hookimpl
def render_cell(value, column, table, database, datasette, row=None):
    if table != "img_precedent" or column != "residents" or row is None or not value:
        return None
    config = datasette.plugin_config("precedent") or {}
    if not config.get("residents_table", True):
        return None
    href = datasette.urls.table(database, "residents") + "?" + urlencode(
        {"program_id": str(row["program_id"])})
    return Markup(f'<a href="{escape(href)}" title="the resident rows">{escape(str(value))}</a>')


_SCRIPT = """
(function () {
  const COLOURS = %(colours)s, LABELS = %(labels)s;
  function kindOf(html) {
    const doc = new DOMParser().parseFromString(html, "text/html"), v = {};
    doc.querySelectorAll("dt").forEach((dt) => {
      const dd = dt.nextElementSibling;
      if (dd) v[dt.textContent.trim()] = dd.firstChild ? dd.firstChild.textContent.trim() : "";
    });
    const img = v.has_img_precedent === "1", dO = v.has_do_precedent === "1";
    return img && dO ? "both" : img ? "img" : dO ? "do" : "none";
  }
  function dot(kind, size, text) {
    return window.L.divIcon({
      className: "precedent-marker precedent-" + kind,
      html: '<span style="width:' + size + 'px;height:' + size + 'px;line-height:' +
        size + 'px;border-radius:50%%;border:2px solid #fff;box-shadow:0 0 2px #333;color:#fff;' +
        'font:bold 11px sans-serif;display:flex;align-items:center;justify-content:center;background:' + COLOURS[kind] + '">' +
        (text || "") + "</span>",
      iconSize: [size + 4, size + 4],
    });
  }
  function legend() {
    const map = document.querySelector(".leaflet-container");
    if (!map || document.querySelector(".precedent-legend")) return;
    const div = document.createElement("div");
    div.className = "precedent-legend";
    div.style.margin = "0.4em 0";
    div.innerHTML = Object.keys(COLOURS).map((k) =>
      '<span style="margin-right:1em"><span style="display:inline-block;width:10px;height:10px;' +
      'border-radius:50%%;background:' + COLOURS[k] + '"></span> ' + LABELS[k] + "</span>").join("");
    map.parentNode.insertBefore(div, map.nextSibling);
  }
  function patch(L) {
    if (!L || !L.Marker || L.Marker.prototype.__precedent) return;
    L.Marker.prototype.__precedent = true;
    const bind = L.Marker.prototype.bindPopup;
    L.Marker.prototype.bindPopup = function (content, options) {
      if (typeof content === "string" && content.indexOf("has_img_precedent") !== -1) {
        this.options.precedent = kindOf(content);
        this.setIcon(dot(this.options.precedent, 14));
        if (L.MarkerCluster && !L.MarkerCluster.prototype.__precedentCluster) {
          L.MarkerCluster.prototype.__precedentCluster = true;
          // A cluster takes the colour of its richest precedent, and shows its size.
          L.MarkerCluster.prototype.createIcon = function () {
            const kinds = this.getAllChildMarkers().map((m) => m.options.precedent || "none");
            const kind = ["both", "img", "do", "none"].find((k) => kinds.includes(k));
            const icon = dot(kind, 26, String(this.getChildCount()));
            return icon.createIcon();
          };
          L.MarkerCluster.prototype.createShadow = function () { return null; };
        }
        setTimeout(legend, 0);
      }
      return bind.call(this, content, options);
    };
  }
  if (window.L) { patch(window.L); return; }
  let current;
  Object.defineProperty(window, "L", {
    configurable: true,
    get() { return current; },
    set(value) { current = value; patch(value); },
  });
})();
"""


@hookimpl
def extra_body_script(view_name, table, datasette, database, columns):
    if view_name != "table" or not columns or "latitude" not in columns:
        return None
    return _SCRIPT % {"colours": json.dumps(COLOURS), "labels": json.dumps(LABELS)}
