"""Data kept beside the code as text files (word lists, the seeded vocabulary): one way to read them."""


def data_lines(path):
    """The lines of the UTF-8 text file ``path`` that hold data, stripped: blank lines and lines that start
    with ``#`` (comments) are skipped. A ``#`` inside a line is data ("C#", "#numérique")."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]
