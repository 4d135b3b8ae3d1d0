from umkm_desk.core.rules.file_names import document_file_name


def test_register_number_as_file_name():
    assert document_file_name("500.3/001/Disperindagkop/XI/2026") == "500.3-001-Disperindagkop-XI-2026.pdf"
    assert document_file_name("a\\b:c*?\x07\u202e") == "a-bc.pdf"
    assert document_file_name("  ") == "dokumen.pdf"
    assert document_file_name("CON") == "_CON.pdf"
    assert document_file_name("x" * 400) == "x" * 150 + ".pdf"


def test_one_rule_for_the_gui_and_the_command_line():
    from umkm_desk.gui.dialogs.pdf_preview import pdf_file_name

    number = "500.3/007/Disperindagkop/XII/2026"
    assert pdf_file_name(number) == document_file_name(number)
