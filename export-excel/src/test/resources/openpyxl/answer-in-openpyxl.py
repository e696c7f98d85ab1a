"""Answers the inputs of an exported rusdialog workbook as an analyst would, with openpyxl.

Usage: python3 answer-in-openpyxl.py bolagsdagen-2024-03-13.xlsx answered-in-openpyxl.xlsx

Sets statuses (the drop-down's values), reasons and references on both sheets, corrects the text of
an answered item, and reverses the order of the item rows (as sorting by a column would), so that
the reader must keep each response with its own input.
"""
import sys

import openpyxl

source, target = sys.argv[1], sys.argv[2]
book = openpyxl.load_workbook(source)

priorities = book["Prioriteringar"]
header = [cell.value for cell in priorities[1]]
status, answer, reference = (header.index(name) + 1 for name in ("Status", "Svar", "Referens"))
priorities.cell(row=2, column=status, value="Tas med i strategin")
priorities.cell(row=2, column=reference, value="Mål 2.3")
priorities.cell(row=3, column=status, value="Tas inte med")
priorities.cell(row=3, column=answer, value="Ligger utanför det regionala uppdraget.")

items = book["Möjligheter och utmaningar"]
header = [cell.value for cell in items[1]]
text = header.index("Text") + 1
status, answer, reference = (header.index(name) + 1 for name in ("Status", "Svar", "Referens"))
items.cell(row=2, column=status, value="Tas delvis med")
items.cell(row=2, column=answer, value="Distansutbildningen tas med.")
items.cell(row=2, column=text, value=items.cell(row=2, column=text).value + " (rättad)")
items.cell(row=3, column=status, value="Noteras")

# Reverse the data rows, header kept: every response must follow its row.
last = items.max_row
while last > 1 and all(cell.value is None for cell in items[last]):
    last -= 1
rows = [[cell.value for cell in items[r]] for r in range(2, last + 1)]
rows.reverse()
for offset, values in enumerate(rows):
    for column, value in enumerate(values, start=1):
        # cell(value=None) leaves a cell as it is; an empty cell must be emptied.
        items.cell(row=2 + offset, column=column).value = value

book.save(target)
