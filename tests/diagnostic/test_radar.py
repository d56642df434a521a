from diagnostic.radar import CENTRE, RADIUS, radar


def dims(scores, peers=None):
    return [
        {"title": f"D{i}", "score": s, "peer_mean": (peers or [None] * len(scores))[i], "previous": None}
        for i, s in enumerate(scores)
    ]


def test_radar_places_each_score_on_its_axis():
    chart = radar(dims([100, 50, 0, 100]))
    first, second, third, fourth = (tuple(map(float, p.split(","))) for p in chart["scores"].split())
    assert first == (CENTRE, CENTRE - RADIUS)  # top, full score
    assert second == (CENTRE + RADIUS / 2, CENTRE)  # right, half
    assert third == (CENTRE, CENTRE)  # bottom, zero: the centre
    assert fourth == (CENTRE - RADIUS, CENTRE)
    assert len(chart["rings"]) == 4 and chart["peers"] is None
    assert [axis["anchor"] for axis in chart["axes"]] == ["middle", "start", "middle", "end"]


def test_radar_draws_peers_only_when_every_dimension_has_a_mean():
    assert radar(dims([10, 20, 30], peers=[40, 50, 60]))["peers"]
    assert radar(dims([10, 20, 30], peers=[40, None, 60]))["peers"] is None
    assert radar(dims([10, 20])) is None
