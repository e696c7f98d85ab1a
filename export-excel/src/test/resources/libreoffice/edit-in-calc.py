"""Edits an exported rusdialog workbook in LibreOffice Calc through UNO, as an analyst would, and
saves it as .xlsx with Calc's own Excel 2007-365 filter. Made the fixture edited-in-calc.xlsx:

  soffice --headless --invisible --accept='socket,host=localhost,port=2002;urp;' &
  python3 edit-in-calc.py dialog.xlsx edited-in-calc.xlsx

dialog.xlsx is `rusdialog export examples/bolagsdagen-2024-03-13.txt
examples/kommundialog-overkalix-2024-04-19.md --format xlsx`.
"""
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table import TableSortField


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect():
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(60):
        try:
            return resolver.resolve("uno:socket,host=localhost,port=2002;urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(1)
    raise SystemExit("LibreOffice did not start")


def main(source, target):
    context = connect()
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                       (prop("Hidden", True),))
    sheets = doc.Sheets
    priorities = sheets.getByName("Prioriteringar")
    items = sheets.getByName("Möjligheter och utmaningar")

    # 1. Areas chosen from the drop-down (the list's values, as the drop-down enters them).
    priorities.getCellRangeByName("G2").setString("God tillgänglighet genom digital kommunikation och transportsystem")
    priorities.getCellRangeByName("H2").setString("Goda möjligheter till kultur, boende, arbete och välfärd")
    priorities.getCellRangeByName("G5").setString("Väl fungerande kompetensförsörjning och kompetensutveckling")
    priorities.getCellRangeByName("G6").setString("Väl fungerande kompetensförsörjning och kompetensutveckling")

    # 2. A text corrected: row 3 of the items is Bolagsdagen's second accessibility opportunity.
    items.getCellRangeByName("F3").setString("Ökad befolkningstillväxt genom bättre kommunikationer.")

    # 3. A row added under the table: the meeting by title, no order, no id.
    last = items.getRows().getCount()
    used = doc.getCurrentController() and items.createCursor()
    used.gotoEndOfUsedArea(False)
    row = used.getRangeAddress().EndRow + 1
    items.getCellByPosition(0, row).setString("Kommundialog Överkalix")
    items.getCellByPosition(2, row).setString("Väl fungerande kompetensförsörjning och kompetensutveckling")
    items.getCellByPosition(4, row).setString("Möjlighet")
    items.getCellByPosition(5, row).setString("Lärlingsplatser i samarbete med industrin.")

    # 4. The items sorted by text, descending, header kept: the order column is how order comes back.
    data = items.getCellRangeByPosition(0, 0, 8, row)
    field = TableSortField()
    field.Field = 5
    field.IsAscending = False
    field.IsCaseSensitive = False
    descriptor = data.createSortDescriptor()
    for p in descriptor:
        if p.Name == "SortFields":
            p.Value = uno.Any("[]com.sun.star.table.TableSortField", (field,))
        elif p.Name == "ContainsHeader":
            p.Value = True
    data.sort(descriptor)

    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                   (prop("FilterName", "Calc MS Excel 2007 XML"),))
    doc.close(True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
