"""Review workflows: directorate approval, then Communications for content ready for public."""
