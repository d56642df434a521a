"""Data kept beside the code as text files (word lists, the seeded vocabulary): one way to read them."""


def data_lines(path):
    """The lines of the UTF-8 text file ``path`` that hold data, stripped: ``#`` starts a comment, to the
    end of its line, and blank lines are skipped."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]
