"""The report: the year's data, the declared outline and sentences, components, notebook execution, HTML and Word/text/Excel exports."""
