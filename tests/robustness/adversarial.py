"""Small generated adversarial inputs shared by the hardening tests (and benchmarks/adversarial.py
builds larger ones the same way)."""
import zlib


def pdf_bytes(pages: list[bytes], *, flate: bool = False) -> bytes:
    """A minimal valid PDF: one page per content stream, Helvetica as F1."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids [{' '.join(f'{4 + 2 * i} 0 R' for i in range(len(pages)))}] "
            f"/Count {len(pages)} >>".encode(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for i, content in enumerate(pages):
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                    f"/Contents {5 + 2 * i} 0 R >>".encode())
        data = zlib.compress(content, 9) if flate else content
        objs.append(b"<< /Length %d%s >>\nstream\n" % (len(data), b" /Filter /FlateDecode" if flate else b"")
                    + data + b"\nendstream")
    return pdf_file(objs)


def pdf_file(objs: list[bytes]) -> bytes:
    """A PDF file of these objects (numbered from 1, the first the catalogue), with its xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def text_page(line: str) -> bytes:
    return f"BT /F1 12 Tf 72 400 Td ({line}) Tj ET".encode()


def flate_bomb(inflated: int) -> bytes:
    """A one-page PDF whose content stream inflates to ``inflated`` bytes (of blanks)."""
    return pdf_bytes([text_page("Kent had 5 offenders in 2020.") + b" " * inflated], flate=True)


def slow_pdf(ops: int) -> bytes:
    """A PDF whose content stream has ``ops`` drawing operators: slow to interpret."""
    return pdf_bytes([text_page("Kent had 5 offenders.") + b" 0 0 m 1 1 l S" * ops], flate=True)
