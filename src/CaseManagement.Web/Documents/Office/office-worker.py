#!/usr/bin/python3
# A warm LibreOffice for PdfConverter: starts one headless soffice listening on a private pipe, connects to it
# through UNO (Debian's python3-uno) and converts documents to PDF on request, so each conversion costs the
# layout of one document instead of a LibreOffice start-up.
#
# Usage: office-worker.py SOFFICE PROFILE_URL PIPE_NAME
# Protocol (UTF-8 lines): the worker prints "ready" once connected; then each request line
# "INPUT_PATH<TAB>OUTPUT_PATH" is answered by "ok" or "error <message>". End of input stops soffice and the
# worker, so a parent that dies takes its LibreOffice with it.
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def no_hanging_punctuation(text):
    # The templates say w:overflowPunct="0" (GB/T 9704: nothing outside the text block), which LibreOffice 7.4's
    # .docx import drops. One selection over the whole text sets it on every paragraph, those in tables included,
    # in two bridge calls (a call per paragraph would cost more than the conversion).
    cursor = text.createTextCursor()
    cursor.gotoStart(False)
    cursor.gotoEnd(True)
    cursor.ParaIsHangingPunctuation = False


def answer(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main():
    soffice, profile, pipe = sys.argv[1], sys.argv[2], sys.argv[3]
    office = subprocess.Popen(
        [soffice, "-env:UserInstallation=" + profile, "--headless", "--invisible", "--nologo", "--nodefault",
         "--norestore", "--nolockcheck", "--accept=pipe,name=" + pipe + ";urp;StarOffice.ComponentContext"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    context = None
    deadline = time.monotonic() + 60
    while context is None:
        if office.poll() is not None:
            answer("error soffice exited with code %d" % office.returncode)
            return 1
        try:
            context = resolver.resolve("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext")
        except NoConnectException:
            if time.monotonic() > deadline:
                answer("error soffice did not accept a connection")
                office.kill()
                return 1
            time.sleep(0.1)

    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    answer("ready")
    load = (prop("Hidden", True), prop("ReadOnly", True), prop("UpdateDocMode", 0))
    store = (prop("FilterName", "writer_pdf_Export"),)
    try:
        for line in sys.stdin:
            line = line.rstrip("\n")
            if not line:
                continue
            source, target = line.split("\t", 1)
            document = None
            try:
                document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, load)
                if document is None:
                    answer("error the document could not be opened")
                    continue
                if document.supportsService("com.sun.star.text.TextDocument"):
                    no_hanging_punctuation(document.getText())
                document.storeToURL(uno.systemPathToFileUrl(target), store)
                answer("ok")
            except Exception as e:  # a bad document must not end the worker
                answer("error " + str(e).replace("\n", " "))
            finally:
                if document is not None:
                    try:
                        document.close(True)
                    except Exception:
                        pass
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=10)
        except Exception:
            office.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
