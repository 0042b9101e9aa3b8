#!/usr/bin/python3
"""A file manager's drag, and nothing else: a small GTK window at a given place that,
when the mouse drags out of it, offers the given files as `text/uri-list`, as Nautilus
or Thunar do. The desk's drop tests drive it with xdotool under Xvfb, so a drop reaches
the app through X11's XDND protocol exactly as a user's would.

usage: drag-source.py X Y FILE...   (prints "ready" once the window is shown)
"""
import sys
from pathlib import Path

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("Gdk", "3.0")
from gi.repository import Gdk, GLib, Gtk  # noqa: E402

x, y = int(sys.argv[1]), int(sys.argv[2])
uris = [Path(f).resolve().as_uri() for f in sys.argv[3:]]

window = Gtk.Window(title="dateline-drag-source")
window.set_default_size(120, 120)
window.set_decorated(False)
window.move(x, y)
area = Gtk.EventBox()
area.add(Gtk.Label(label="drag me"))
window.add(area)

area.drag_source_set(
    Gdk.ModifierType.BUTTON1_MASK,
    [Gtk.TargetEntry.new("text/uri-list", 0, 0)],
    Gdk.DragAction.COPY,
)


def on_get(_widget, _context, selection, _info, _time):
    selection.set_uris(uris)


def on_end(_widget, _context):
    print("drag-end", flush=True)


area.connect("drag-data-get", on_get)
area.connect("drag-end", on_end)
window.connect("destroy", Gtk.main_quit)
window.show_all()
GLib.idle_add(lambda: print("ready", flush=True) and False)
Gtk.main()
