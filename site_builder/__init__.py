"""Public plan-disclosure site builder: plans in Markdown + YAML → a static Vietnamese website."""

__version__ = "0.1.0"
