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
    <name>CompanyListPage</name>
    <message>
        <location filename="../../coach_app/ui/company_page.py" line="28" />
        <source>기업명, 사업자등록번호, 대표자, 지역, 업종, 지정으로 검색</source>
        <translation>Search by name, registration no., CEO, region, industry or designation</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="125" />
        <source>동기화 충돌 해결</source>
        <translation>Resolve a sync conflict</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="141" />
        <source>이 컴퓨터의 값 (내 값)</source>
        <translation>This computer's value (mine)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="142" />
        <source>서버의 값</source>
        <translation>The server's value</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="147" />
        <source>내 값 유지</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="148" />
        <source>서버 값 유지</source>
        <translation>Keep the server's</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="149" />
        <source>고친 값 저장</source>
        <translation>Save the edited value</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="163" />
        <source>직접 고치기:</source>
        <translation>Edit it yourself:</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="170" />
        <source>확인 (서버 값 유지)</source>
        <translation>OK (keep the server's)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="176" />
        <source>서버가 이 변경을 받아들이지 않았습니다. 입력한 내용은 아래 '내 값'에 보관되어 있습니다. 사유: %1</source>
        <translation>The server did not accept this change. What you typed is kept below under 'mine'. Reason: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="181" />
        <source>이 컴퓨터에서 삭제했지만 그 사이 서버에서 다른 사람이 수정했습니다. '내 값 유지'를 누르면 다시 삭제합니다.</source>
        <translation>You deleted this here, but meanwhile someone changed it on the server. 'Keep mine' deletes it again.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="186" />
        <source>이 컴퓨터에서 수정했지만 그 사이 서버에서 삭제되었습니다. '내 값 유지'를 누르면 내 값으로 되살립니다.</source>
        <translation>You changed this here, but meanwhile it was deleted on the server. 'Keep mine' restores it with your values.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="190" />
        <source>같은 항목이 이 컴퓨터와 서버에서 서로 다르게 수정되었습니다. 지금은 서버 값이 적용되어 있습니다.</source>
        <translation>The same field was changed differently here and on the server. The server's value applies for now.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="209" />
        <source>값의 형식이 맞지 않습니다: %1</source>
        <translation>The value is not in the right form: %1</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="113" />
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="113" />
        <source>대상</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="113" />
        <source>내 값</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="113" />
        <source>서버 값</source>
        <translation>Server's</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="29" />
        <source>Coach — 현장코칭</source>
        <translation>Coach — field coaching</translation>
    </message>
    <message>
        <source>기업명, 사업자등록번호, 대표자, 지역, 업종, 지정으로 검색</source>
        <translation>Search by name, registration no., CEO, region, industry or designation</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="45" />
        <source>기업</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="46" />
        <source>동기화</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="75" />
        <source>검색(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="78" />
        <source>끝내기(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="81" />
        <source>파일(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="85" />
        <source>동기화 화면(&amp;V)</source>
        <translation>Sync &amp;view</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="88" />
        <source>기업 화면(&amp;C)</source>
        <translation>&amp;Companies view</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="91" />
        <source>동기화(&amp;S)</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="94" />
        <source>보기(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="102" />
        <source>사용자: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="112" />
        <source>기업 %1 / %2곳</source>
        <translation>%1 of %2 companies</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="40" />
        <source>서버 로그인 ID</source>
        <translation>Your server login</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="41" />
        <source>지금 동기화</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="47" />
        <source>아직 이 컴퓨터에서 동기화하지 않았습니다.</source>
        <translation>This computer has not synced yet.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="51" />
        <source>서버 연결</source>
        <translation>Server connection</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="53" />
        <source>서버 주소</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="54" />
        <source>로그인 ID</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="61" />
        <source>비밀번호는 운영체제의 키링에 저장되며 설정 파일에는 저장되지 않습니다.</source>
        <translation>The password is kept in the operating system's keyring, never in a settings file.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="74" />
        <source>선택한 충돌 해결…</source>
        <translation>Resolve the selected conflict…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="76" />
        <source>해결할 충돌</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="81" />
        <source>마지막 결과</source>
        <translation>Last result</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="89" />
        <source>지금 동기화(&amp;S)</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="102" />
        <source>서버 주소와 로그인 ID를 입력하세요.</source>
        <translation>Enter the server address and your login.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="130" />
        <source>연결하는 중…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="141" />
        <source>보냄 %1건, 받음 %2건 (%3초)</source>
        <translation>Sent %1, received %2 (%3 s)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="145" />
        <source>사진·파일: 보냄 %1개, 받음 %2개</source>
        <translation>Photos and files: sent %1, received %2</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="151" />
        <source>담당 기업: %1곳 추가, %2곳 제외</source>
        <translation>Assigned companies: %1 added, %2 removed</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="157" />
        <source>서버가 거부한 변경 %1건이 아래 목록에 있습니다.</source>
        <translation>%1 changes refused by the server are listed below.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="162" />
        <source>해결할 충돌 %1건</source>
        <translation>%1 conflicts to resolve</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="172" />
        <source>서버 비밀번호</source>
        <translation>Server password</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="173" />
        <source>%1의 서버 비밀번호:</source>
        <translation>Server password for %1:</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="184" />
        <source>예기치 못한 오류로 동기화하지 못했습니다. 작업 내용은 안전합니다. 자세한 내용은 로그 파일에 있습니다.</source>
        <translation>An unexpected error stopped the sync. Your work is safe. The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="18" />
        <source>동기화 중…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="24" />
        <source>서버 미설정</source>
        <translation>No server set</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="26" />
        <source>연결 확인 중</source>
        <translation>Checking connection</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="28" />
        <source>● 온라인</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="30" />
        <source>○ 오프라인</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="31" />
        <source>보낼 변경 %1건</source>
        <translation>%1 changes to send</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="33" />
        <source>충돌 %1건</source>
        <translation>%1 conflicts</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="41" />
        <source>마지막 동기화 %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="43" />
        <source>동기화 기록 없음</source>
        <translation>Never synced</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../coach_app/ui/app.py" line="56" />
        <source>예기치 못한 오류가 발생했습니다. 작업 내용은 저장되어 있습니다.
문제가 계속되면 이 로그 파일을 관리자에게 보내 주세요:
%1</source>
        <translation>An unexpected error occurred. Your work has been saved.
If it happens again, send this log file to your administrator:
%1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/app.py" line="61" />
        <source>오류</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/app.py" line="74" />
        <source>데이터베이스를 열 수 없음</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
</TS>