<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="ko_KR">
<context>
    <name>CompanyListModel</name>
    <message>
        <location filename="../../coach_app/ui/company_model.py" line="41" />
        <source>기업명</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_model.py" line="42" />
        <source>사업자등록번호</source>
        <translation>Business reg. no.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_model.py" line="43" />
        <source>대표자</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_model.py" line="44" />
        <source>지역</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_model.py" line="45" />
        <source>업종</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_model.py" line="46" />
        <source>지정·인증</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_model.py" line="47" />
        <source>종업원</source>
        <translation>Employees</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="28" />
        <source>Coach — 현장코칭</source>
        <translation>Coach — field coaching</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="33" />
        <source>기업명, 사업자등록번호, 대표자, 지역, 업종, 지정으로 검색</source>
        <translation>Search by name, registration no., CEO, region, industry or designation</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="60" />
        <source>검색(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="63" />
        <source>끝내기(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="66" />
        <source>파일(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="79" />
        <source>사용자: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="92" />
        <source>기업 %1 / %2곳</source>
        <translation>%1 of %2 companies</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../coach_app/ui/app.py" line="55" />
        <source>예기치 못한 오류가 발생했습니다. 작업 내용은 저장되어 있습니다.
문제가 계속되면 이 로그 파일을 관리자에게 보내 주세요:
%1</source>
        <translation>An unexpected error occurred. Your work has been saved.
If it happens again, send this log file to your administrator:
%1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/app.py" line="60" />
        <source>오류</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/app.py" line="73" />
        <source>데이터베이스를 열 수 없음</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
</TS>