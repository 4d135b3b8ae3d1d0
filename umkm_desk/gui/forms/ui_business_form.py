# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'business_form.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_BusinessForm(object):
    def setupUi(self, BusinessForm):
        if not BusinessForm.objectName():
            BusinessForm.setObjectName(u"BusinessForm")
        BusinessForm.resize(980, 640)
        self.main_layout = QVBoxLayout(BusinessForm)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(BusinessForm)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"heading")

        self.main_layout.addWidget(self.title_label)

        self.duplicate_banner = QLabel(BusinessForm)
        self.duplicate_banner.setObjectName(u"duplicate_banner")
        self.duplicate_banner.setWordWrap(True)
        self.duplicate_banner.setVisible(False)
        self.duplicate_banner.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.LinksAccessibleByKeyboard)

        self.main_layout.addWidget(self.duplicate_banner)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.owner_group = QGroupBox(BusinessForm)
        self.owner_group.setObjectName(u"owner_group")
        self.owner_group_form = QFormLayout(self.owner_group)
        self.owner_group_form.setObjectName(u"owner_group_form")
        self.owner_group_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.owner_group_form.setVerticalSpacing(2)
        self.owner_name_label = QLabel(self.owner_group)
        self.owner_name_label.setObjectName(u"owner_name_label")

        self.owner_group_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.owner_name_label)

        self.owner_name = QLineEdit(self.owner_group)
        self.owner_name.setObjectName(u"owner_name")
        self.owner_name.setMaxLength(150)

        self.owner_group_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.owner_name)

        self.owner_name_error = QLabel(self.owner_group)
        self.owner_name_error.setObjectName(u"owner_name_error")
        self.owner_name_error.setProperty(u"role", u"error")
        self.owner_name_error.setWordWrap(True)
        self.owner_name_error.setVisible(False)

        self.owner_group_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.owner_name_error)

        self.nik_label = QLabel(self.owner_group)
        self.nik_label.setObjectName(u"nik_label")

        self.owner_group_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nik_label)

        self.nik_row = QHBoxLayout()
        self.nik_row.setObjectName(u"nik_row")
        self.nik = QLineEdit(self.owner_group)
        self.nik.setObjectName(u"nik")
        self.nik.setMaxLength(24)

        self.nik_row.addWidget(self.nik)

        self.nik_missing = QCheckBox(self.owner_group)
        self.nik_missing.setObjectName(u"nik_missing")

        self.nik_row.addWidget(self.nik_missing)


        self.owner_group_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.nik_row)

        self.nik_error = QLabel(self.owner_group)
        self.nik_error.setObjectName(u"nik_error")
        self.nik_error.setProperty(u"role", u"error")
        self.nik_error.setWordWrap(True)
        self.nik_error.setVisible(False)

        self.owner_group_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nik_error)

        self.sex_label = QLabel(self.owner_group)
        self.sex_label.setObjectName(u"sex_label")

        self.owner_group_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sex_label)

        self.sex = QComboBox(self.owner_group)
        self.sex.addItem("")
        self.sex.addItem("")
        self.sex.addItem("")
        self.sex.setObjectName(u"sex")

        self.owner_group_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sex)

        self.sex_error = QLabel(self.owner_group)
        self.sex_error.setObjectName(u"sex_error")
        self.sex_error.setProperty(u"role", u"error")
        self.sex_error.setWordWrap(True)
        self.sex_error.setVisible(False)

        self.owner_group_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sex_error)

        self.birth_date_label = QLabel(self.owner_group)
        self.birth_date_label.setObjectName(u"birth_date_label")

        self.owner_group_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.birth_date_label)

        self.birth_date = QLineEdit(self.owner_group)
        self.birth_date.setObjectName(u"birth_date")
        self.birth_date.setMaxLength(40)

        self.owner_group_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.birth_date)

        self.birth_date_error = QLabel(self.owner_group)
        self.birth_date_error.setObjectName(u"birth_date_error")
        self.birth_date_error.setProperty(u"role", u"error")
        self.birth_date_error.setWordWrap(True)
        self.birth_date_error.setVisible(False)

        self.owner_group_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.birth_date_error)

        self.phone_label = QLabel(self.owner_group)
        self.phone_label.setObjectName(u"phone_label")

        self.owner_group_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.owner_group)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(24)

        self.owner_group_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phone_error = QLabel(self.owner_group)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setProperty(u"role", u"error")
        self.phone_error.setWordWrap(True)
        self.phone_error.setVisible(False)

        self.owner_group_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.phone_error)

        self.owner_address_label = QLabel(self.owner_group)
        self.owner_address_label.setObjectName(u"owner_address_label")

        self.owner_group_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.owner_address_label)

        self.owner_address = QLineEdit(self.owner_group)
        self.owner_address.setObjectName(u"owner_address")
        self.owner_address.setMaxLength(300)

        self.owner_group_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.owner_address)

        self.owner_address_error = QLabel(self.owner_group)
        self.owner_address_error.setObjectName(u"owner_address_error")
        self.owner_address_error.setProperty(u"role", u"error")
        self.owner_address_error.setWordWrap(True)
        self.owner_address_error.setVisible(False)

        self.owner_group_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.owner_address_error)


        self.columns.addWidget(self.owner_group)

        self.business_group = QGroupBox(BusinessForm)
        self.business_group.setObjectName(u"business_group")
        self.business_group_form = QFormLayout(self.business_group)
        self.business_group_form.setObjectName(u"business_group_form")
        self.business_group_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.business_group_form.setVerticalSpacing(2)
        self.name_label = QLabel(self.business_group)
        self.name_label.setObjectName(u"name_label")

        self.business_group_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.business_group)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.business_group_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.name_error = QLabel(self.business_group)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setProperty(u"role", u"error")
        self.name_error.setWordWrap(True)
        self.name_error.setVisible(False)

        self.business_group_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.sector_label = QLabel(self.business_group)
        self.sector_label.setObjectName(u"sector_label")

        self.business_group_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sector_label)

        self.sector = QComboBox(self.business_group)
        self.sector.setObjectName(u"sector")

        self.business_group_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sector)

        self.sector_error = QLabel(self.business_group)
        self.sector_error.setObjectName(u"sector_error")
        self.sector_error.setProperty(u"role", u"error")
        self.sector_error.setWordWrap(True)
        self.sector_error.setVisible(False)

        self.business_group_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sector_error)

        self.kbli_label = QLabel(self.business_group)
        self.kbli_label.setObjectName(u"kbli_label")

        self.business_group_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kbli_label)

        self.kbli = QLineEdit(self.business_group)
        self.kbli.setObjectName(u"kbli")
        self.kbli.setMaxLength(5)

        self.business_group_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kbli)

        self.kbli_error = QLabel(self.business_group)
        self.kbli_error.setObjectName(u"kbli_error")
        self.kbli_error.setProperty(u"role", u"error")
        self.kbli_error.setWordWrap(True)
        self.kbli_error.setVisible(False)

        self.business_group_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kbli_error)

        self.address_label = QLabel(self.business_group)
        self.address_label.setObjectName(u"address_label")

        self.business_group_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(self.business_group)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(300)

        self.business_group_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.address)

        self.address_error = QLabel(self.business_group)
        self.address_error.setObjectName(u"address_error")
        self.address_error.setProperty(u"role", u"error")
        self.address_error.setWordWrap(True)
        self.address_error.setVisible(False)

        self.business_group_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.address_error)

        self.kecamatan_code_label = QLabel(self.business_group)
        self.kecamatan_code_label.setObjectName(u"kecamatan_code_label")

        self.business_group_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.kecamatan_code_label)

        self.kecamatan_code = QComboBox(self.business_group)
        self.kecamatan_code.setObjectName(u"kecamatan_code")

        self.business_group_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.kecamatan_code)

        self.kecamatan_code_error = QLabel(self.business_group)
        self.kecamatan_code_error.setObjectName(u"kecamatan_code_error")
        self.kecamatan_code_error.setProperty(u"role", u"error")
        self.kecamatan_code_error.setWordWrap(True)
        self.kecamatan_code_error.setVisible(False)

        self.business_group_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.kecamatan_code_error)

        self.kelurahan_code_label = QLabel(self.business_group)
        self.kelurahan_code_label.setObjectName(u"kelurahan_code_label")

        self.business_group_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.kelurahan_code_label)

        self.kelurahan_code = QComboBox(self.business_group)
        self.kelurahan_code.setObjectName(u"kelurahan_code")

        self.business_group_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.kelurahan_code)

        self.kelurahan_code_error = QLabel(self.business_group)
        self.kelurahan_code_error.setObjectName(u"kelurahan_code_error")
        self.kelurahan_code_error.setProperty(u"role", u"error")
        self.kelurahan_code_error.setWordWrap(True)
        self.kelurahan_code_error.setVisible(False)

        self.business_group_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.kelurahan_code_error)

        self.nib_label = QLabel(self.business_group)
        self.nib_label.setObjectName(u"nib_label")

        self.business_group_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.nib_label)

        self.nib = QLineEdit(self.business_group)
        self.nib.setObjectName(u"nib")
        self.nib.setMaxLength(20)

        self.business_group_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.nib)

        self.nib_error = QLabel(self.business_group)
        self.nib_error.setObjectName(u"nib_error")
        self.nib_error.setProperty(u"role", u"error")
        self.nib_error.setWordWrap(True)
        self.nib_error.setVisible(False)

        self.business_group_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.nib_error)

        self.halal_number_label = QLabel(self.business_group)
        self.halal_number_label.setObjectName(u"halal_number_label")

        self.business_group_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.halal_number_label)

        self.halal_number = QLineEdit(self.business_group)
        self.halal_number.setObjectName(u"halal_number")
        self.halal_number.setMaxLength(60)

        self.business_group_form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.halal_number)

        self.halal_number_error = QLabel(self.business_group)
        self.halal_number_error.setObjectName(u"halal_number_error")
        self.halal_number_error.setProperty(u"role", u"error")
        self.halal_number_error.setWordWrap(True)
        self.halal_number_error.setVisible(False)

        self.business_group_form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.halal_number_error)

        self.pirt_number_label = QLabel(self.business_group)
        self.pirt_number_label.setObjectName(u"pirt_number_label")

        self.business_group_form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.pirt_number_label)

        self.pirt_number = QLineEdit(self.business_group)
        self.pirt_number.setObjectName(u"pirt_number")
        self.pirt_number.setMaxLength(60)

        self.business_group_form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.pirt_number)

        self.pirt_number_error = QLabel(self.business_group)
        self.pirt_number_error.setObjectName(u"pirt_number_error")
        self.pirt_number_error.setProperty(u"role", u"error")
        self.pirt_number_error.setWordWrap(True)
        self.pirt_number_error.setVisible(False)

        self.business_group_form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.pirt_number_error)

        self.year_started_label = QLabel(self.business_group)
        self.year_started_label.setObjectName(u"year_started_label")

        self.business_group_form.setWidget(18, QFormLayout.ItemRole.LabelRole, self.year_started_label)

        self.year_started = QLineEdit(self.business_group)
        self.year_started.setObjectName(u"year_started")
        self.year_started.setMaxLength(4)

        self.business_group_form.setWidget(18, QFormLayout.ItemRole.FieldRole, self.year_started)

        self.year_started_error = QLabel(self.business_group)
        self.year_started_error.setObjectName(u"year_started_error")
        self.year_started_error.setProperty(u"role", u"error")
        self.year_started_error.setWordWrap(True)
        self.year_started_error.setVisible(False)

        self.business_group_form.setWidget(19, QFormLayout.ItemRole.FieldRole, self.year_started_error)

        self.modal_usaha_label = QLabel(self.business_group)
        self.modal_usaha_label.setObjectName(u"modal_usaha_label")

        self.business_group_form.setWidget(20, QFormLayout.ItemRole.LabelRole, self.modal_usaha_label)

        self.modal_usaha = QLineEdit(self.business_group)
        self.modal_usaha.setObjectName(u"modal_usaha")
        self.modal_usaha.setMaxLength(40)

        self.business_group_form.setWidget(20, QFormLayout.ItemRole.FieldRole, self.modal_usaha)

        self.modal_usaha_error = QLabel(self.business_group)
        self.modal_usaha_error.setObjectName(u"modal_usaha_error")
        self.modal_usaha_error.setProperty(u"role", u"error")
        self.modal_usaha_error.setWordWrap(True)
        self.modal_usaha_error.setVisible(False)

        self.business_group_form.setWidget(21, QFormLayout.ItemRole.FieldRole, self.modal_usaha_error)

        self.annual_sales_label = QLabel(self.business_group)
        self.annual_sales_label.setObjectName(u"annual_sales_label")

        self.business_group_form.setWidget(22, QFormLayout.ItemRole.LabelRole, self.annual_sales_label)

        self.annual_sales = QLineEdit(self.business_group)
        self.annual_sales.setObjectName(u"annual_sales")
        self.annual_sales.setMaxLength(40)

        self.business_group_form.setWidget(22, QFormLayout.ItemRole.FieldRole, self.annual_sales)

        self.annual_sales_error = QLabel(self.business_group)
        self.annual_sales_error.setObjectName(u"annual_sales_error")
        self.annual_sales_error.setProperty(u"role", u"error")
        self.annual_sales_error.setWordWrap(True)
        self.annual_sales_error.setVisible(False)

        self.business_group_form.setWidget(23, QFormLayout.ItemRole.FieldRole, self.annual_sales_error)

        self.workers_label = QLabel(self.business_group)
        self.workers_label.setObjectName(u"workers_label")

        self.business_group_form.setWidget(24, QFormLayout.ItemRole.LabelRole, self.workers_label)

        self.workers = QLineEdit(self.business_group)
        self.workers.setObjectName(u"workers")
        self.workers.setMaxLength(6)

        self.business_group_form.setWidget(24, QFormLayout.ItemRole.FieldRole, self.workers)

        self.workers_error = QLabel(self.business_group)
        self.workers_error.setObjectName(u"workers_error")
        self.workers_error.setProperty(u"role", u"error")
        self.workers_error.setWordWrap(True)
        self.workers_error.setVisible(False)

        self.business_group_form.setWidget(25, QFormLayout.ItemRole.FieldRole, self.workers_error)

        self.scale_label = QLabel(self.business_group)
        self.scale_label.setObjectName(u"scale_label")

        self.business_group_form.setWidget(99, QFormLayout.ItemRole.LabelRole, self.scale_label)

        self.scale_value = QLabel(self.business_group)
        self.scale_value.setObjectName(u"scale_value")
        self.scale_value.setProperty(u"role", u"heading")

        self.business_group_form.setWidget(99, QFormLayout.ItemRole.FieldRole, self.scale_value)


        self.columns.addWidget(self.business_group)


        self.main_layout.addLayout(self.columns)

        self.bottom_row = QHBoxLayout()
        self.bottom_row.setObjectName(u"bottom_row")
        self.hint_label = QLabel(BusinessForm)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setProperty(u"role", u"hint")

        self.bottom_row.addWidget(self.hint_label)

        self.button_box = QDialogButtonBox(BusinessForm)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.bottom_row.addWidget(self.button_box)


        self.main_layout.addLayout(self.bottom_row)

#if QT_CONFIG(shortcut)
        self.owner_name_label.setBuddy(self.owner_name)
        self.sex_label.setBuddy(self.sex)
        self.birth_date_label.setBuddy(self.birth_date)
        self.phone_label.setBuddy(self.phone)
        self.owner_address_label.setBuddy(self.owner_address)
        self.name_label.setBuddy(self.name)
        self.sector_label.setBuddy(self.sector)
        self.kbli_label.setBuddy(self.kbli)
        self.address_label.setBuddy(self.address)
        self.kecamatan_code_label.setBuddy(self.kecamatan_code)
        self.kelurahan_code_label.setBuddy(self.kelurahan_code)
        self.nib_label.setBuddy(self.nib)
        self.halal_number_label.setBuddy(self.halal_number)
        self.pirt_number_label.setBuddy(self.pirt_number)
        self.year_started_label.setBuddy(self.year_started)
        self.modal_usaha_label.setBuddy(self.modal_usaha)
        self.annual_sales_label.setBuddy(self.annual_sales)
        self.workers_label.setBuddy(self.workers)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.owner_name, self.nik)
        QWidget.setTabOrder(self.nik, self.nik_missing)
        QWidget.setTabOrder(self.nik_missing, self.sex)
        QWidget.setTabOrder(self.sex, self.birth_date)
        QWidget.setTabOrder(self.birth_date, self.phone)
        QWidget.setTabOrder(self.phone, self.owner_address)
        QWidget.setTabOrder(self.owner_address, self.name)
        QWidget.setTabOrder(self.name, self.sector)
        QWidget.setTabOrder(self.sector, self.kbli)
        QWidget.setTabOrder(self.kbli, self.address)
        QWidget.setTabOrder(self.address, self.kecamatan_code)
        QWidget.setTabOrder(self.kecamatan_code, self.kelurahan_code)
        QWidget.setTabOrder(self.kelurahan_code, self.nib)
        QWidget.setTabOrder(self.nib, self.halal_number)
        QWidget.setTabOrder(self.halal_number, self.pirt_number)
        QWidget.setTabOrder(self.pirt_number, self.year_started)
        QWidget.setTabOrder(self.year_started, self.modal_usaha)
        QWidget.setTabOrder(self.modal_usaha, self.annual_sales)
        QWidget.setTabOrder(self.annual_sales, self.workers)
        QWidget.setTabOrder(self.workers, self.button_box)

        self.retranslateUi(BusinessForm)

        QMetaObject.connectSlotsByName(BusinessForm)
    # setupUi

    def retranslateUi(self, BusinessForm):
        BusinessForm.setWindowTitle(QCoreApplication.translate("BusinessForm", u"UMKM", None))
        self.title_label.setText(QCoreApplication.translate("BusinessForm", u"UMKM baru", None))
        self.duplicate_banner.setText("")
        self.duplicate_banner.setStyleSheet(QCoreApplication.translate("BusinessForm", u"background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; padding: 6px;", None))
        self.owner_group.setTitle(QCoreApplication.translate("BusinessForm", u"Pemilik", None))
        self.owner_name_label.setText(QCoreApplication.translate("BusinessForm", u"Nama pemilik *", None))
        self.owner_name.setPlaceholderText(QCoreApplication.translate("BusinessForm", u"Nama sesuai KTP", None))
        self.owner_name_error.setText("")
        self.nik_label.setText(QCoreApplication.translate("BusinessForm", u"NIK *", None))
        self.nik.setPlaceholderText(QCoreApplication.translate("BusinessForm", u"16 digit, mis. 3673014508900001", None))
#if QT_CONFIG(tooltip)
        self.nik.setToolTip(QCoreApplication.translate("BusinessForm", u"Nomor Induk Kependudukan pemilik; jenis kelamin dan tanggal lahir terisi otomatis.", None))
#endif // QT_CONFIG(tooltip)
        self.nik_missing.setText(QCoreApplication.translate("BusinessForm", u"NIK belum ada", None))
        self.nik_error.setText("")
        self.sex_label.setText(QCoreApplication.translate("BusinessForm", u"Jenis kelamin", None))
        self.sex.setItemText(0, "")
        self.sex.setItemText(1, QCoreApplication.translate("BusinessForm", u"Laki-laki", None))
        self.sex.setItemText(2, QCoreApplication.translate("BusinessForm", u"Perempuan", None))

#if QT_CONFIG(tooltip)
        self.sex.setToolTip(QCoreApplication.translate("BusinessForm", u"Terisi dari NIK; pilih sendiri bila NIK belum ada.", None))
#endif // QT_CONFIG(tooltip)
        self.sex_error.setText("")
        self.birth_date_label.setText(QCoreApplication.translate("BusinessForm", u"Tanggal lahir", None))
        self.birth_date.setPlaceholderText(QCoreApplication.translate("BusinessForm", u"Terisi dari NIK, mis. 28/11/1980", None))
        self.birth_date_error.setText("")
        self.phone_label.setText(QCoreApplication.translate("BusinessForm", u"Telepon / WA", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("BusinessForm", u"mis. 0812-3456-7890", None))
        self.phone_error.setText("")
        self.owner_address_label.setText(QCoreApplication.translate("BusinessForm", u"Alamat pemilik", None))
        self.owner_address.setPlaceholderText(QCoreApplication.translate("BusinessForm", u"Jalan, RT/RW", None))
        self.owner_address_error.setText("")
        self.business_group.setTitle(QCoreApplication.translate("BusinessForm", u"Usaha", None))
        self.name_label.setText(QCoreApplication.translate("BusinessForm", u"Nama usaha *", None))
        self.name.setPlaceholderText(QCoreApplication.translate("BusinessForm", u"mis. Keripik Emping Mak Icah", None))
        self.name_error.setText("")
        self.sector_label.setText(QCoreApplication.translate("BusinessForm", u"Sektor *", None))
        self.sector_error.setText("")
        self.kbli_label.setText(QCoreApplication.translate("BusinessForm", u"KBLI", None))
        self.kbli.setPlaceholderText(QCoreApplication.translate("BusinessForm", u"5 digit, mis. 10792", None))
        self.kbli_error.setText("")
        self.address_label.setText(QCoreApplication.translate("BusinessForm", u"Alamat usaha", None))
        self.address.setPlaceholderText(QCoreApplication.translate("BusinessForm", u"Jalan, RT/RW", None))
        self.address_error.setText("")
        self.kecamatan_code_label.setText(QCoreApplication.translate("BusinessForm", u"Kecamatan *", None))
        self.kecamatan_code_error.setText("")
        self.kelurahan_code_label.setText(QCoreApplication.translate("BusinessForm", u"Kelurahan *", None))
        self.kelurahan_code_error.setText("")
        self.nib_label.setText(QCoreApplication.translate("BusinessForm", u"NIB", None))
        self.nib.setPlaceholderText(QCoreApplication.translate("BusinessForm", u"13 digit dari OSS", None))
        self.nib_error.setText("")
        self.halal_number_label.setText(QCoreApplication.translate("BusinessForm", u"Nomor sertifikat halal", None))
        self.halal_number_error.setText("")
        self.pirt_number_label.setText(QCoreApplication.translate("BusinessForm", u"Nomor PIRT", None))
        self.pirt_number_error.setText("")
        self.year_started_label.setText(QCoreApplication.translate("BusinessForm", u"Tahun mulai usaha", None))
        self.year_started.setPlaceholderText(QCoreApplication.translate("BusinessForm", u"mis. 2018", None))
        self.year_started_error.setText("")
        self.modal_usaha_label.setText(QCoreApplication.translate("BusinessForm", u"Modal usaha", None))
        self.modal_usaha.setPlaceholderText(QCoreApplication.translate("BusinessForm", u"mis. 5jt, 2,5 M, Rp5.000.000", None))
        self.modal_usaha_error.setText("")
        self.annual_sales_label.setText(QCoreApplication.translate("BusinessForm", u"Omzet per tahun", None))
        self.annual_sales.setPlaceholderText(QCoreApplication.translate("BusinessForm", u"mis. 120jt", None))
        self.annual_sales_error.setText("")
        self.workers_label.setText(QCoreApplication.translate("BusinessForm", u"Tenaga kerja", None))
        self.workers.setPlaceholderText(QCoreApplication.translate("BusinessForm", u"jumlah orang", None))
        self.workers_error.setText("")
        self.scale_label.setText(QCoreApplication.translate("BusinessForm", u"Skala usaha", None))
        self.scale_value.setText(QCoreApplication.translate("BusinessForm", u"Mikro", None))
#if QT_CONFIG(tooltip)
        self.scale_value.setToolTip(QCoreApplication.translate("BusinessForm", u"Dihitung dari modal usaha dan omzet (PP 7/2021).", None))
#endif // QT_CONFIG(tooltip)
        self.hint_label.setText(QCoreApplication.translate("BusinessForm", u"* wajib diisi \u00b7 Ctrl+S simpan \u00b7 Esc batal", None))
    # retranslateUi
