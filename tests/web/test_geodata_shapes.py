"""The shipped country shapes and the map projection."""

from allygraph.web import geodata


def test_shapes_cover_the_baltic_and_allies():
    isos = {iso for iso, _, _ in geodata.country_paths()}
    assert {"LV", "LT", "EE", "PL", "DE", "FR", "GB", "TR", "XK"} <= isos


def test_projection_keeps_west_east_and_north_south_order():
    riga, berlin, rome = geodata.project(24.1, 56.95), geodata.project(13.4, 52.5), geodata.project(12.5, 41.9)
    assert berlin[0] < riga[0] and riga[1] < berlin[1] < rome[1]
    w, h = (float(x) for x in geodata.viewbox().split()[2:])
    assert 0 < riga[0] < w and 0 < riga[1] < h


def test_paths_are_inside_the_viewbox():
    w, h = (float(x) for x in geodata.viewbox().split()[2:])
    _, _, d = next(p for p in geodata.country_paths() if p[0] == "LV")
    nums = [float(n) for n in d.replace("M", " ").replace("L", " ").replace("Z", " ").replace(",", " ").split()]
    xs, ys = nums[0::2], nums[1::2]
    assert all(-0.5 <= x <= w + 0.5 for x in xs) and all(-0.5 <= y <= h + 0.5 for y in ys)
