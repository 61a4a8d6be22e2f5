"""Result.plot_cv(): the CV of each indicator against its limit."""


def plot_cv(indicators, ax=None, county=None, level=None):
    """One bar per indicator (its CV), a dashed line at each limit; one
    panel per county and level unless ``ax`` is given for a single one.
    Bars over their limit are drawn in red."""
    try:
        import matplotlib.pyplot as plt
    except ImportError as e:
        raise ImportError("plot_cv needs matplotlib "
                          "(apt-get install python3-matplotlib)") from e
    import pandas as pd
    df = indicators
    if county is not None:
        df = df[df["county_id"] == county]
    if level is not None:
        df = df[df["level"] == level]
    panels = list(df.groupby(["county_id", "level"], sort=False))
    if not panels:
        raise ValueError("plot_cv: no indicator CVs to plot")
    if ax is not None and len(panels) > 1:
        raise ValueError("plot_cv: ax given but %d county/level panels; "
                         "choose county= and level=" % len(panels))
    if ax is None:
        fig, axes = plt.subplots(len(panels), 1, squeeze=False,
                                 figsize=(8, 3.5 * len(panels)))
        axes = [a[0] for a in axes]
    else:
        fig, axes = ax.figure, [ax]
    for a, ((cid, lvl), g) in zip(axes, panels):
        pos = range(len(g))
        over = [p is False for p in g["pass"]]
        a.bar(pos, g["cv"], color=["tab:red" if o else "tab:blue"
                                   for o in over])
        for p, limit in zip(pos, g["limit"]):
            if pd.notna(limit):
                a.hlines(limit, p - 0.4, p + 0.4, colors="black",
                         linestyles="dashed")
        a.set_xticks(list(pos))
        a.set_xticklabels(g["key"], rotation=30, ha="right", fontsize=8)
        a.set_ylabel("CV")
        a.set_title("%s %s" % (cid, lvl))
    fig.tight_layout()
    return fig
