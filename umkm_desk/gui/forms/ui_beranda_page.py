# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'beranda_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_BerandaPage(object):
    def setupUi(self, BerandaPage):
        if not BerandaPage.objectName():
            BerandaPage.setObjectName(u"BerandaPage")
        self.rootLayout = QVBoxLayout(BerandaPage)
        self.rootLayout.setSpacing(12)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(28, 8, 28, 20)
        self.statsLayout = QHBoxLayout()
        self.statsLayout.setSpacing(12)
        self.statsLayout.setObjectName(u"statsLayout")
        self.activeCard = QFrame(BerandaPage)
        self.activeCard.setObjectName(u"activeCard")
        self.activeCard.setProperty(u"role", u"card")
        self.activeCardLayout = QVBoxLayout(self.activeCard)
        self.activeCardLayout.setSpacing(2)
        self.activeCardLayout.setObjectName(u"activeCardLayout")
        self.activeCardLayout.setContentsMargins(16, 12, 16, 12)
        self.activeValue = QLabel(self.activeCard)
        self.activeValue.setObjectName(u"activeValue")
        self.activeValue.setStyleSheet(u"font-size: 24pt; font-weight: 700; color: #2f6fdb;")
        self.activeValue.setText(u"0")

        self.activeCardLayout.addWidget(self.activeValue)

        self.activeCaption = QLabel(self.activeCard)
        self.activeCaption.setObjectName(u"activeCaption")
        self.activeCaption.setProperty(u"role", u"hint")

        self.activeCardLayout.addWidget(self.activeCaption)

        self.activeNote = QLabel(self.activeCard)
        self.activeNote.setObjectName(u"activeNote")
        self.activeNote.setProperty(u"role", u"hint")

        self.activeCardLayout.addWidget(self.activeNote)


        self.statsLayout.addWidget(self.activeCard)

        self.todayCard = QFrame(BerandaPage)
        self.todayCard.setObjectName(u"todayCard")
        self.todayCard.setProperty(u"role", u"card")
        self.todayCardLayout = QVBoxLayout(self.todayCard)
        self.todayCardLayout.setSpacing(2)
        self.todayCardLayout.setObjectName(u"todayCardLayout")
        self.todayCardLayout.setContentsMargins(16, 12, 16, 12)
        self.todayValue = QLabel(self.todayCard)
        self.todayValue.setObjectName(u"todayValue")
        self.todayValue.setStyleSheet(u"font-size: 24pt; font-weight: 700; color: #1b2533;")
        self.todayValue.setText(u"0")

        self.todayCardLayout.addWidget(self.todayValue)

        self.todayCaption = QLabel(self.todayCard)
        self.todayCaption.setObjectName(u"todayCaption")
        self.todayCaption.setProperty(u"role", u"hint")

        self.todayCardLayout.addWidget(self.todayCaption)

        self.todayNote = QLabel(self.todayCard)
        self.todayNote.setObjectName(u"todayNote")
        self.todayNote.setProperty(u"role", u"hint")

        self.todayCardLayout.addWidget(self.todayNote)


        self.statsLayout.addWidget(self.todayCard)

        self.overdueCard = QFrame(BerandaPage)
        self.overdueCard.setObjectName(u"overdueCard")
        self.overdueCard.setProperty(u"role", u"card")
        self.overdueCardLayout = QVBoxLayout(self.overdueCard)
        self.overdueCardLayout.setSpacing(2)
        self.overdueCardLayout.setObjectName(u"overdueCardLayout")
        self.overdueCardLayout.setContentsMargins(16, 12, 16, 12)
        self.overdueValue = QLabel(self.overdueCard)
        self.overdueValue.setObjectName(u"overdueValue")
        self.overdueValue.setStyleSheet(u"font-size: 24pt; font-weight: 700; color: #b71c1c;")
        self.overdueValue.setText(u"0")

        self.overdueCardLayout.addWidget(self.overdueValue)

        self.overdueCaption = QLabel(self.overdueCard)
        self.overdueCaption.setObjectName(u"overdueCaption")
        self.overdueCaption.setProperty(u"role", u"hint")

        self.overdueCardLayout.addWidget(self.overdueCaption)

        self.overdueNote = QLabel(self.overdueCard)
        self.overdueNote.setObjectName(u"overdueNote")
        self.overdueNote.setProperty(u"role", u"hint")

        self.overdueCardLayout.addWidget(self.overdueNote)


        self.statsLayout.addWidget(self.overdueCard)

        self.naikCard = QFrame(BerandaPage)
        self.naikCard.setObjectName(u"naikCard")
        self.naikCard.setProperty(u"role", u"card")
        self.naikCardLayout = QVBoxLayout(self.naikCard)
        self.naikCardLayout.setSpacing(2)
        self.naikCardLayout.setObjectName(u"naikCardLayout")
        self.naikCardLayout.setContentsMargins(16, 12, 16, 12)
        self.naikValue = QLabel(self.naikCard)
        self.naikValue.setObjectName(u"naikValue")
        self.naikValue.setStyleSheet(u"font-size: 24pt; font-weight: 700; color: #2e7d32;")
        self.naikValue.setText(u"0")

        self.naikCardLayout.addWidget(self.naikValue)

        self.naikCaption = QLabel(self.naikCard)
        self.naikCaption.setObjectName(u"naikCaption")
        self.naikCaption.setProperty(u"role", u"hint")

        self.naikCardLayout.addWidget(self.naikCaption)

        self.naikNote = QLabel(self.naikCard)
        self.naikNote.setObjectName(u"naikNote")
        self.naikNote.setProperty(u"role", u"hint")

        self.naikCardLayout.addWidget(self.naikNote)


        self.statsLayout.addWidget(self.naikCard)

        self.statsLayout.setStretch(0, 1)
        self.statsLayout.setStretch(1, 1)
        self.statsLayout.setStretch(2, 1)
        self.statsLayout.setStretch(3, 1)

        self.rootLayout.addLayout(self.statsLayout)

        self.busyBar = QProgressBar(BerandaPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(16777215, 4))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.rootLayout.addWidget(self.busyBar)

        self.middleLayout = QHBoxLayout()
        self.middleLayout.setSpacing(12)
        self.middleLayout.setObjectName(u"middleLayout")
        self.stageCard = QFrame(BerandaPage)
        self.stageCard.setObjectName(u"stageCard")
        self.stageCard.setProperty(u"role", u"card")
        self.stageCardLayout = QVBoxLayout(self.stageCard)
        self.stageCardLayout.setSpacing(8)
        self.stageCardLayout.setObjectName(u"stageCardLayout")
        self.stageCardLayout.setContentsMargins(16, 12, 16, 14)
        self.stageTitle = QLabel(self.stageCard)
        self.stageTitle.setObjectName(u"stageTitle")
        self.stageTitle.setStyleSheet(u"font-size: 11.5pt; font-weight: 700;")

        self.stageCardLayout.addWidget(self.stageTitle)

        self.stageGrid = QGridLayout()
        self.stageGrid.setObjectName(u"stageGrid")
        self.stageGrid.setHorizontalSpacing(18)
        self.stageGrid.setVerticalSpacing(8)

        self.stageCardLayout.addLayout(self.stageGrid)

        self.closedLabel = QLabel(self.stageCard)
        self.closedLabel.setObjectName(u"closedLabel")
        self.closedLabel.setWordWrap(True)
        self.closedLabel.setProperty(u"role", u"hint")

        self.stageCardLayout.addWidget(self.closedLabel)

        self.stageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.stageCardLayout.addItem(self.stageSpacer)

        self.stageCardLayout.setStretch(3, 1)

        self.middleLayout.addWidget(self.stageCard)

        self.followCard = QFrame(BerandaPage)
        self.followCard.setObjectName(u"followCard")
        self.followCard.setProperty(u"role", u"card")
        self.followCardLayout = QVBoxLayout(self.followCard)
        self.followCardLayout.setSpacing(8)
        self.followCardLayout.setObjectName(u"followCardLayout")
        self.followCardLayout.setContentsMargins(16, 12, 16, 14)
        self.followTitle = QLabel(self.followCard)
        self.followTitle.setObjectName(u"followTitle")
        self.followTitle.setStyleSheet(u"font-size: 11.5pt; font-weight: 700;")

        self.followCardLayout.addWidget(self.followTitle)

        self.followTree = QTreeWidget(self.followCard)
        self.followTree.setObjectName(u"followTree")
        self.followTree.setStyleSheet(u"QTreeWidget::item { padding: 2px 0; }")
        self.followTree.setAlternatingRowColors(True)
        self.followTree.setRootIsDecorated(False)

        self.followCardLayout.addWidget(self.followTree)

        self.followButtons = QHBoxLayout()
        self.followButtons.setObjectName(u"followButtons")
        self.followHint = QLabel(self.followCard)
        self.followHint.setObjectName(u"followHint")
        self.followHint.setProperty(u"role", u"hint")

        self.followButtons.addWidget(self.followHint)

        self.openFollowButton = QPushButton(self.followCard)
        self.openFollowButton.setObjectName(u"openFollowButton")

        self.followButtons.addWidget(self.openFollowButton)

        self.doneButton = QPushButton(self.followCard)
        self.doneButton.setObjectName(u"doneButton")

        self.followButtons.addWidget(self.doneButton)

        self.followButtons.setStretch(0, 1)

        self.followCardLayout.addLayout(self.followButtons)

        self.followCardLayout.setStretch(1, 1)

        self.middleLayout.addWidget(self.followCard)

        self.middleLayout.setStretch(0, 2)
        self.middleLayout.setStretch(1, 3)

        self.rootLayout.addLayout(self.middleLayout)

        self.recentCard = QFrame(BerandaPage)
        self.recentCard.setObjectName(u"recentCard")
        self.recentCard.setProperty(u"role", u"card")
        self.recentCardLayout = QVBoxLayout(self.recentCard)
        self.recentCardLayout.setSpacing(8)
        self.recentCardLayout.setObjectName(u"recentCardLayout")
        self.recentCardLayout.setContentsMargins(16, 12, 16, 14)
        self.recentTitle = QLabel(self.recentCard)
        self.recentTitle.setObjectName(u"recentTitle")
        self.recentTitle.setStyleSheet(u"font-size: 11.5pt; font-weight: 700;")

        self.recentCardLayout.addWidget(self.recentTitle)

        self.recentTree = QTreeWidget(self.recentCard)
        self.recentTree.setObjectName(u"recentTree")
        self.recentTree.setStyleSheet(u"QTreeWidget::item { padding: 2px 0; }")
        self.recentTree.setAlternatingRowColors(True)
        self.recentTree.setRootIsDecorated(False)

        self.recentCardLayout.addWidget(self.recentTree)

        self.recentCardLayout.setStretch(1, 1)

        self.rootLayout.addWidget(self.recentCard)

        self.rootLayout.setStretch(2, 3)
        self.rootLayout.setStretch(3, 2)

        self.retranslateUi(BerandaPage)

        QMetaObject.connectSlotsByName(BerandaPage)
    # setupUi

    def retranslateUi(self, BerandaPage):
        self.activeCaption.setText(QCoreApplication.translate("BerandaPage", u"Pendampingan aktif", None))
        self.todayCaption.setText(QCoreApplication.translate("BerandaPage", u"Tindak lanjut hari ini", None))
        self.overdueCaption.setText(QCoreApplication.translate("BerandaPage", u"Tindak lanjut terlambat", None))
        self.naikCaption.setText(QCoreApplication.translate("BerandaPage", u"UMKM naik kelas", None))
        self.stageTitle.setText(QCoreApplication.translate("BerandaPage", u"Pendampingan aktif per tahap", None))
        self.followTitle.setText(QCoreApplication.translate("BerandaPage", u"Tindak lanjut", None))
        ___qtreewidgetitem = self.followTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("BerandaPage", u"Catatan", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("BerandaPage", u"Tahap", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("BerandaPage", u"Kegiatan", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("BerandaPage", u"UMKM", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("BerandaPage", u"Jatuh tempo", None))
        self.openFollowButton.setText(QCoreApplication.translate("BerandaPage", u"Buka pendampingan", None))
        self.doneButton.setText(QCoreApplication.translate("BerandaPage", u"Tandai selesai", None))
        self.recentTitle.setText(QCoreApplication.translate("BerandaPage", u"Kegiatan terbaru", None))
        ___qtreewidgetitem1 = self.recentTree.headerItem()
        ___qtreewidgetitem1.setText(5, QCoreApplication.translate("BerandaPage", u"Catatan", None))
        ___qtreewidgetitem1.setText(4, QCoreApplication.translate("BerandaPage", u"Petugas", None))
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("BerandaPage", u"Tahap", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("BerandaPage", u"Kegiatan", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("BerandaPage", u"UMKM", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("BerandaPage", u"Tanggal", None))
        pass
    # retranslateUi
