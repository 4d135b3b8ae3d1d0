# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partner_child_tab.ui'
##
## Created by: Qt User Interface Compiler (pyside6-uic); run scripts/compile_forms.py
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_PartnerChildTab(object):
    def setupUi(self, PartnerChildTab):
        if not PartnerChildTab.objectName():
            PartnerChildTab.setObjectName(u"PartnerChildTab")
        self.tabLayout = QVBoxLayout(PartnerChildTab)
        self.tabLayout.setSpacing(8)
        self.tabLayout.setObjectName(u"tabLayout")
        self.tabLayout.setContentsMargins(12, 12, 12, 12)
        self.barLayout = QHBoxLayout()
        self.barLayout.setObjectName(u"barLayout")
        self.addButton = QPushButton(PartnerChildTab)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)
        self.addButton.setProperty(u"role", u"primary")

        self.barLayout.addWidget(self.addButton)

        self.editButton = QPushButton(PartnerChildTab)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setAutoDefault(False)

        self.barLayout.addWidget(self.editButton)

        self.archiveButton = QPushButton(PartnerChildTab)
        self.archiveButton.setObjectName(u"archiveButton")
        self.archiveButton.setAutoDefault(False)

        self.barLayout.addWidget(self.archiveButton)

        self.restoreButton = QPushButton(PartnerChildTab)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)

        self.barLayout.addWidget(self.restoreButton)

        self.barSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.barSpacer)

        self.countLabel = QLabel(PartnerChildTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"hint")

        self.barLayout.addWidget(self.countLabel)

        self.barLayout.setStretch(4, 1)

        self.tabLayout.addLayout(self.barLayout)

        self.table = QTableView(PartnerChildTab)
        self.table.setObjectName(u"table")

        self.tabLayout.addWidget(self.table)

        self.emptyLabel = QLabel(PartnerChildTab)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"role", u"hint")

        self.tabLayout.addWidget(self.emptyLabel)

        self.tabLayout.setStretch(1, 1)

        self.retranslateUi(PartnerChildTab)

        QMetaObject.connectSlotsByName(PartnerChildTab)
    # setupUi

    def retranslateUi(self, PartnerChildTab):
        self.editButton.setText(QCoreApplication.translate("PartnerChildTab", u"Ubah", None))
        self.archiveButton.setText(QCoreApplication.translate("PartnerChildTab", u"Arsipkan", None))
        self.restoreButton.setText(QCoreApplication.translate("PartnerChildTab", u"Pulihkan", None))
        pass
    # retranslateUi
