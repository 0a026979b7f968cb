"""A report names the digest of every packaged data file its pipeline read."""

from __future__ import annotations

from reliability.resources import data_names, read_data


def test_report_lists_every_data_file_the_pipeline_reads(analyzer):
    resources = analyzer.analyze("The mayor said so.").pipeline.resources
    for name in data_names():
        if name.startswith("web/"):  # the service's page, not analysis data
            continue
        key = name if name in resources else name.rsplit(".", 1)[0]
        assert key in resources, f"{name} is read but not listed"
        assert resources[key] == read_data(name)[1]
